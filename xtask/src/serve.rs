//! A small static file server for `www/` on 127.0.0.1, for the demo.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::build;
use crate::run::root;

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `base`, refusing anything that climbs out of it.
fn resolve(base: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next()?;
    let mut file = base.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn respond(mut stream: TcpStream, base: &Path) -> std::io::Result<()> {
    let mut request_line = String::new();
    BufReader::new(&stream).read_line(&mut request_line)?;
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let found = (method == "GET" || method == "HEAD").then(|| resolve(base, path)).flatten();
    match found.and_then(|file| std::fs::read(&file).ok().map(|body| (file, body))) {
        Some((file, body)) => {
            let head = format!(
                // Any origin may load the bundle: the bookmarklet imports shell.js into other sites.
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
                 Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            if method == "GET" {
                stream.write_all(&body)?;
            }
        }
        None => {
            stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found")?
        }
    }
    stream.flush()
}

pub fn demo(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8787,
        [flag, port] if flag == "--port" => port.parse().map_err(|_| format!("bad port {port:?}"))?,
        _ => return Err("usage: cargo xtask demo [--port N]".into()),
    };
    build::build()?;
    let base = root().join("www");
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!("hashiya demo: http://127.0.0.1:{port}/  (Ctrl-C to stop)");
    for stream in listener.incoming().flatten() {
        let base = base.clone();
        std::thread::spawn(move || respond(stream, &base));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_climb_out() {
        let base = root().join("www");
        assert_eq!(resolve(&base, "/../Cargo.toml"), None);
        assert_eq!(resolve(&base, "/%2e%2e/Cargo.toml"), None);
        assert_eq!(resolve(&root(), "/Cargo.toml?x=1"), Some(root().join("Cargo.toml")));
    }
}
