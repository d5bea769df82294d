fn main() {
    if let Err(e) = xlavit::cli::main() {
        // One line: the context chain joined with ": ", never a panic trace.
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}
