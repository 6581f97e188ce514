//! Nothing here: the benchmarks are in `benches/core.rs` (`cargo bench -p batchctl-bench`).
//! They live in a package of their own so that criterion is built for them alone.
