//! Tencent Cloud regions and how zones belong to them (Batch is regional: a request
//! sent with `X-TC-Region` only sees the jobs of that region's zones).

/// The regions the emulator accepts in `X-TC-Region` (public Tencent Cloud regions,
/// financial zones included). Anything else is `UnsupportedRegion`.
pub const KNOWN_REGIONS: &[&str] = &[
    "ap-guangzhou",
    "ap-shanghai",
    "ap-nanjing",
    "ap-beijing",
    "ap-chengdu",
    "ap-chongqing",
    "ap-hongkong",
    "ap-taipei",
    "ap-singapore",
    "ap-jakarta",
    "ap-seoul",
    "ap-tokyo",
    "ap-mumbai",
    "ap-bangkok",
    "na-siliconvalley",
    "na-ashburn",
    "na-toronto",
    "eu-frankfurt",
    "eu-moscow",
    "sa-saopaulo",
    "ap-shanghai-fsi",
    "ap-shenzhen-fsi",
    "ap-beijing-fsi",
];

pub fn is_known_region(region: &str) -> bool {
    KNOWN_REGIONS.contains(&region)
}

/// True when `zone` is a zone of `region`: `<region>-<suffix>` where the suffix holds no
/// further `-`, so `ap-shanghai-fsi-1` belongs to `ap-shanghai-fsi`, not to `ap-shanghai`.
pub fn zone_in_region(zone: &str, region: &str) -> bool {
    zone.strip_prefix(region)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|suffix| !suffix.is_empty() && !suffix.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_belong_to_their_region_only() {
        assert!(zone_in_region("ap-guangzhou-4", "ap-guangzhou"));
        assert!(zone_in_region("ap-shanghai-fsi-1", "ap-shanghai-fsi"));
        assert!(!zone_in_region("ap-shanghai-fsi-1", "ap-shanghai"));
        assert!(!zone_in_region("ap-guangzhou", "ap-guangzhou"));
        assert!(!zone_in_region("ap-guangzhou-", "ap-guangzhou"));
        assert!(!zone_in_region("ap-shanghai-2", "ap-guangzhou"));
        assert!(!zone_in_region("ap-guangzhouX-2", "ap-guangzhou"));
    }

    #[test]
    fn known_regions_include_the_main_ones_and_not_typos() {
        assert!(is_known_region("ap-guangzhou"));
        assert!(is_known_region("na-siliconvalley"));
        assert!(!is_known_region("ap-guangzhuo"));
        assert!(!is_known_region("AP-GUANGZHOU"));
    }
}
