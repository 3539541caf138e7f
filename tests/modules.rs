//! The viewer's layout, checked from its source: the browser is behind one door (`ui::web`),
//! the state has one reducer, and the viewer's modules import each other without cycles
//! (components use the state, the words and the door; the door uses no component; nothing
//! under the state imports a component).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const UI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("src/ui is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.push((path, text));
        }
    }
    out.sort();
    out
}

/// The top-level viewer module a file belongs to: `src/ui/web/dom.rs` is `web`,
/// `src/ui/components/legend.rs` is `components`, `src/ui/state.rs` is `state`.
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(UI).expect("under src/ui");
    let first = relative.components().next().expect("a file").as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level viewer modules a file names: `crate::ui::X`, and `super::X` from a file
/// directly under `src/ui` (in a subfolder, `super::` stays inside the module).
fn imports(path: &Path, text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let top_level = path.parent() == Some(Path::new(UI));
    let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
    for line in code {
        for (prefix, applies) in [("crate::ui::", true), ("super::", top_level)] {
            if !applies {
                continue;
            }
            for (at, _) in line.match_indices(prefix) {
                let name: String =
                    line[at + prefix.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() && name.chars().next().is_some_and(char::is_lowercase) {
                    out.insert(name);
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in sources(Path::new(UI)) {
        let module = module_of(&path);
        let names = imports(&path, &text);
        graph.entry(module.clone()).or_default().extend(names.into_iter().filter(|n| *n != module));
    }
    graph
}

#[test]
fn components_never_touch_the_browser() {
    for (path, text) in sources(&Path::new(UI).join("components")) {
        for word in ["web_sys", "wasm_bindgen", "feature = \"web\"", "gloo", "js_sys"] {
            assert!(!text.contains(word), "{} names {word}: browser code belongs behind ui::web", path.display());
        }
    }
}

#[test]
fn browser_code_is_behind_the_door() {
    for (path, text) in sources(Path::new(UI)) {
        if module_of(&path) == "web" {
            continue;
        }
        for word in ["web_sys", "wasm_bindgen", "gloo::", "js_sys"] {
            assert!(!text.contains(word), "{} names {word}: browser code belongs in src/ui/web/", path.display());
        }
    }
}

#[test]
fn the_state_has_the_only_reducer() {
    let reducers: Vec<String> = sources(Path::new(UI))
        .into_iter()
        .filter(|(_, text)| text.contains("impl Reducible for"))
        .map(|(path, _)| module_of(&path))
        .collect();
    assert_eq!(reducers, ["state"]);
}

#[test]
fn words_are_read_one_way() {
    for (path, text) in sources(&Path::new(UI).join("components")) {
        assert!(!text.contains("Strings::of"), "{}: components read their words with use_strings()", path.display());
    }
}

#[test]
fn the_modules_import_each_other_without_cycles() {
    let graph = graph();
    let uses = |from: &str, to: &str| graph.get(from).is_some_and(|n| n.contains(to));
    assert!(!uses("state", "components"), "the state imports a component");
    assert!(!uses("web", "components"), "the door imports a component: {:?}", graph.get("web"));
    assert!(uses("components", "state") && uses("components", "strings"), "{graph:?}");

    // Depth-first search for a cycle, reporting it as a path.
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if let Some(at) = path.iter().position(|n| *n == node) {
            panic!("an import cycle: {}", [&path[at..], &[node]].concat().join(" -> "));
        }
        if done.contains(node) {
            return;
        }
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next.as_str()) {
                visit(next, graph, path, done);
            }
        }
        path.pop();
        done.insert(node);
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done);
    }
}
