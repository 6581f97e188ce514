//! The floor of one call, for `scripts/bench.sh`: a process that sends one POST to an
//! endpoint and reads the answer, and nothing else (no arguments parsed, no signing, no
//! output but the answer's size). `call-floor raw URL` writes the request on a std
//! `TcpStream` and reads the first bytes back (a process start plus one loopback round
//! trip); `call-floor reqwest URL` sends it with reqwest's blocking client, as batchctl
//! does (its runtime thread, connection set-up and body reading added). The request is
//! unsigned: the emulator answers it at once with an AuthFailure.

use std::io::{Read, Write};
use std::process::ExitCode;

const BODY: &str = "{}";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(url)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: call-floor raw|reqwest http://HOST:PORT");
        return ExitCode::from(2);
    };
    let answered = match mode.as_str() {
        "raw" => raw(url),
        "reqwest" => with_reqwest(url),
        other => Err(format!("unknown mode {other}")),
    };
    match answered {
        Ok(bytes) => {
            println!("{bytes}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("call-floor: {e}");
            ExitCode::FAILURE
        }
    }
}

fn raw(url: &str) -> Result<usize, String> {
    let host = url
        .strip_prefix("http://")
        .ok_or("only http:// endpoints")?
        .trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(host).map_err(|e| e.to_string())?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let request = format!(
        "POST / HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n\
         x-tc-action: DescribeJob\r\ncontent-length: {}\r\n\r\n{BODY}",
        BODY.len()
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut answer = [0u8; 65536];
    stream.read(&mut answer).map_err(|e| e.to_string())
}

fn with_reqwest(url: &str) -> Result<usize, String> {
    let client = reqwest::blocking::Client::builder()
        .build()
        .map_err(|e| e.to_string())?;
    let mut response = client
        .post(url)
        .header("content-type", "application/json")
        .header("x-tc-action", "DescribeJob")
        .body(BODY)
        .send()
        .map_err(|e| e.to_string())?;
    let mut answer = Vec::new();
    response
        .read_to_end(&mut answer)
        .map_err(|e| e.to_string())?;
    Ok(answer.len())
}
