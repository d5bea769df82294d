fn main() {
    if let Err(e) = xlavit::cli::main() {
        // One line: the context chain joined with ": ", never a panic trace.
        // Some library messages carry newlines; fold them so the line stays one.
        let msg = format!("{e:#}");
        let one_line: Vec<&str> = msg.lines().map(str::trim).filter(|l| !l.is_empty() && *l != ":").collect();
        eprintln!("error: {}", one_line.join(" "));
        std::process::exit(1);
    }
}
