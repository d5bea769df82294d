//! The layout's rules, read from the source: no import cycles among the top-level modules of
//! src/ (data flows one way), no catch-all arm in the passes' dispatch over primitives nor in
//! the families' rules, and no printing outside the command modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of src/ and the top-level modules its code names (`crate::x`).
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
            let module = first.trim_end_matches(".rs").to_string();
            if module == "lib" || module == "main" {
                continue;
            }
            let deps = graph.entry(module.clone()).or_default();
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let code = line.split("//").next().unwrap_or("");
                for (i, _) in code.match_indices("crate::") {
                    let name: String = code[i + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() && name != module {
                        deps.insert(name);
                    }
                }
            }
        }
    }
    graph
}

/// A cycle through `start`, if any, as the path of modules.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    fn walk(g: &BTreeMap<String, BTreeSet<String>>, start: &str, path: &mut Vec<String>, seen: &mut BTreeSet<String>) -> bool {
        let here = path.last().unwrap().clone();
        for next in g.get(&here).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(g, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    walk(graph, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn top_level_modules_import_each_other_without_cycles() {
    let graph = module_graph();
    assert!(graph.len() > 20, "found only {} modules: is the scan broken?", graph.len());
    assert!(graph["train"].contains("feed") && graph["feed"].contains("runtime"), "expected edges missing: {graph:?}");
    for module in graph.keys() {
        if let Some(cycle) = cycle_from(&graph, module) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}

/// What a model's config file names of the crate: its `crate::` and `super::` paths.
fn names_in(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let mut names = vec![];
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for prefix in ["crate::", "super::"] {
            for (i, _) in code.match_indices(prefix) {
                names.push(code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect());
            }
        }
    }
    names
}

#[test]
fn model_configs_are_plain_data() {
    // A config is read, checked and written; it neither traces nor builds the model.
    for file in ["src/model/vit_config.rs", "src/model/preprocessor.rs"] {
        let names = names_in(file);
        let is_model = |n: &str| ["super::vit", "crate::model::vit"].iter().any(|m| n == *m || n.starts_with(&format!("{m}::")));
        let traced: Vec<&String> = names.iter().filter(|n| n.starts_with("crate::graph") || is_model(n)).collect();
        // `use crate::model::{vit, ...}` names it inside braces.
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        let grouped = text.lines().filter(|l| l.trim_start().starts_with("use ") && l.contains('{')).any(|l| l.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == "vit" || w == "graph"));
        assert!(!grouped, "{file} imports the tracer or the model in a group");
        assert!(traced.is_empty(), "{file} names the tracer or the model: {traced:?}");
    }
    assert!(names_in("src/model/vit.rs").iter().any(|n| n.starts_with("crate::graph")), "the scan finds the model's own use of the tracer");
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(cycle_from(&g, "a").unwrap(), ["a", "b", "c", "a"]);
    g.get_mut("c").unwrap().clear();
    assert!(cycle_from(&g, "a").is_none());
}

/// `_ =>` arms directly inside the `match` blocks over a node's op (or its role) in `text`
/// (line numbers).
fn catch_alls_in_op_matches(text: &str) -> Vec<usize> {
    catch_alls(text, |code| code.contains(".op") || code.contains("match op {"))
}

/// `_ =>` arms directly inside the `match` blocks whose opening line `over` accepts.
fn catch_alls(text: &str, over: impl Fn(&str) -> bool) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = vec![];
    for (start, line) in lines.iter().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let over_op = code.contains("match") && over(code) && code.trim_end().ends_with('{');
        if !over_op {
            continue;
        }
        // Walk the block; arms sit at depth 1 below the match's own brace.
        let mut depth = 0i32;
        for (n, l) in lines.iter().enumerate().skip(start) {
            let c = l.split("//").next().unwrap_or("");
            if n > start && depth == 1 && c.trim_start().starts_with("_ =>") {
                found.push(n + 1);
            }
            depth += c.matches('{').count() as i32 - c.matches('}').count() as i32;
            if n > start && depth <= 0 {
                break;
            }
        }
    }
    found
}

#[test]
fn the_passes_match_every_primitive_without_a_catch_all() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for pass in ["autodiff.rs", "interpret.rs", "emit.rs", "graph/mod.rs"] {
        let text = std::fs::read_to_string(src.join(pass)).unwrap();
        assert!(text.contains("match"), "{pass}: no dispatch found");
        let found = catch_alls_in_op_matches(&text);
        assert!(found.is_empty(), "{pass}: catch-all arms in the dispatch over primitives at lines {found:?}");
    }
    // Each family's rules match over its own primitives (`match self`): no catch-all there
    // either, so a new primitive can't inherit some other primitive's rule.
    let families = src.join("graph/primitives");
    let mut scanned = 0;
    for entry in std::fs::read_dir(&families).unwrap() {
        let path = entry.unwrap().path();
        // The lowering vocabulary matches over element types, not primitives.
        if path.file_name().unwrap() == "lowering.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let found = catch_alls(&text, |code| code.contains("match self"));
        assert!(found.is_empty(), "{}: catch-all arms in a match over primitives at lines {found:?}", path.display());
        scanned += 1;
    }
    assert!(scanned >= 8, "expected the family files in {}", families.display());
    // The scan itself sees one.
    let planted = "fn f(node: &Node) {\n    match &node.op {\n        Op::Add => 1,\n        _ => 0,\n    }\n}\n";
    assert_eq!(catch_alls_in_op_matches(planted), vec![4]);
}

/// The library does not print; the command line and the commands' own modules do. Warnings
/// from the runtime and data loading travel to them as values (`ClientOptions::on_warning`,
/// `BuildReport::warnings`, `Dataset::notices`).
#[test]
fn only_the_commands_print() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let commands = ["main.rs", "cli.rs", "bench.rs", "compile.rs", "convert.rs", "devices.rs", "evaluate.rs", "predict.rs", "prepare.rs", "train"];
    let mut printing = vec![];
    let mut stack = vec![src.clone()];
    let mut scanned = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(&src).unwrap().to_string_lossy().to_string();
            let top = rel.split('/').next().unwrap().to_string();
            if commands.contains(&top.as_str()) {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if rel.ends_with(".rs") {
                scanned += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                // Only code outside unit tests counts.
                let code = text.split("#[cfg(test)]").next().unwrap();
                for (n, line) in code.lines().enumerate() {
                    let line = line.split("//").next().unwrap();
                    if ["println!", "eprintln!", "print!(", "eprint!("].iter().any(|m| line.contains(m)) {
                        printing.push(format!("src/{rel}:{}", n + 1));
                    }
                }
            }
        }
    }
    assert!(scanned > 20, "scanned only {scanned} files");
    assert!(printing.is_empty(), "library code that prints: {printing:?}");
}
