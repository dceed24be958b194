//! The layering docs/ARCHITECTURE.md claims, held by tests: each module of `src/` has a domain
//! part and a web part (its route files, and all of `web` and `i18n`); the imports between
//! those parts have no cycle; domain files never name Rocket, the web layer or translation;
//! route files hold no SQL and no transactions of their own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One side of a module: its rules (domain) or its pages (web).
type Node = (String, Layer);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Domain,
    Web,
}

/// Modules that are web layer through and through.
const WEB_MODULES: [&str; 2] = ["web", "i18n"];

struct Source {
    /// Relative to `src/`, with `/`.
    path: String,
    node: Node,
    /// The code without comments, so prose may say "Rocket" and "web layer".
    code: String,
}

fn is_route_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "routes.rs" || name.ends_with("_routes.rs")
}

fn node_of(path: &str) -> Option<Node> {
    if path == "lib.rs" || path == "main.rs" {
        return None;
    }
    let module = path
        .split('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".rs")
        .to_owned();
    let layer = if WEB_MODULES.contains(&module.as_str()) || is_route_file(path) {
        Layer::Web
    } else {
        Layer::Domain
    };
    Some((module, layer))
}

fn without_comments(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            // `//` inside a string (a URL) is rare in code lines; a whole-line comment is the
            // case that matters.
            Some(at) if line[..at].trim().is_empty() => "",
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, root: &Path, found: &mut Vec<Source>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path: PathBuf = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                if let Some(node) = node_of(&relative) {
                    let code = without_comments(&std::fs::read_to_string(&path).unwrap());
                    found.push(Source {
                        path: relative,
                        node,
                        code,
                    });
                }
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    walk(&root, &root, &mut found);
    found
}

/// The modules a file names through `crate::…`, each with the side it reaches: a route
/// module's path, `web`, `i18n` or the `msg!` macro (translation) is the web side.
fn imports(code: &str) -> BTreeSet<Node> {
    let mut found = BTreeSet::new();
    for piece in code.split("crate::").skip(1) {
        let path: Vec<&str> = piece
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or_default()
            .split("::")
            .filter(|s| !s.is_empty())
            .collect();
        let Some(module) = path.first() else { continue };
        let (module, layer) = match *module {
            "msg" => ("i18n", Layer::Web),
            "stored_enum" => ("stored", Layer::Domain),
            m if WEB_MODULES.contains(&m) => (m, Layer::Web),
            m if path
                .get(1)
                .is_some_and(|s| *s == "routes" || s.ends_with("_routes")) =>
            {
                (m, Layer::Web)
            }
            m => (m, Layer::Domain),
        };
        found.insert((module.to_owned(), layer));
    }
    found
}

fn graph() -> BTreeMap<Node, BTreeSet<Node>> {
    let mut edges: BTreeMap<Node, BTreeSet<Node>> = BTreeMap::new();
    for source in sources() {
        let entry = edges.entry(source.node.clone()).or_default();
        // A module's pages use its rules (through `super::`).
        if source.node.1 == Layer::Web && !WEB_MODULES.contains(&source.node.0.as_str()) {
            entry.insert((source.node.0.clone(), Layer::Domain));
        }
        for target in imports(&source.code) {
            if target != source.node {
                entry.insert(target);
            }
        }
    }
    edges
}

/// Every cycle's nodes, by strongly connected components (Tarjan).
fn cycles(edges: &BTreeMap<Node, BTreeSet<Node>>) -> Vec<Vec<Node>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Node, BTreeSet<Node>>,
        index: BTreeMap<Node, usize>,
        low: BTreeMap<Node, usize>,
        stack: Vec<Node>,
        on_stack: BTreeSet<Node>,
        found: Vec<Vec<Node>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, node: &Node) {
            let n = self.index.len();
            self.index.insert(node.clone(), n);
            self.low.insert(node.clone(), n);
            self.stack.push(node.clone());
            self.on_stack.insert(node.clone());
            for next in self.edges.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node.clone(), low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node.clone(), low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(&top);
                    let done = top == *node;
                    component.push(top);
                    if done {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

fn name(node: &Node) -> String {
    match node.1 {
        Layer::Domain => node.0.clone(),
        Layer::Web => format!("{} (pages)", node.0),
    }
}

#[test]
fn the_modules_import_each_other_without_a_cycle() {
    let edges = graph();
    let web = ("web".to_owned(), Layer::Web);
    assert!(
        edges[&web].contains(&("users".to_owned(), Layer::Domain)),
        "the scan sees the web layer using users"
    );
    let found: Vec<String> = cycles(&edges)
        .iter()
        .map(|c| c.iter().map(name).collect::<Vec<_>>().join(" ↔ "))
        .collect();
    assert!(found.is_empty(), "import cycles: {found:#?}");
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut edges: BTreeMap<Node, BTreeSet<Node>> = BTreeMap::new();
    let (a, b, c) = (
        ("queue".to_owned(), Layer::Domain),
        ("shifts".to_owned(), Layer::Domain),
        ("users".to_owned(), Layer::Domain),
    );
    edges.entry(a.clone()).or_default().insert(b.clone());
    edges.entry(b.clone()).or_default().insert(c.clone());
    assert!(cycles(&edges).is_empty());
    edges.entry(c.clone()).or_default().insert(a.clone());
    assert_eq!(cycles(&edges), [vec![a, b, c]]);
    let web = imports("use crate::queue::duty_routes::x; crate::msg!(\"y\"); crate::web::Now");
    assert!(web.contains(&("queue".to_owned(), Layer::Web)));
    assert!(web.contains(&("i18n".to_owned(), Layer::Web)));
    assert!(web.contains(&("web".to_owned(), Layer::Web)));
}

/// What a domain file may not name: the web framework, the web layer, translation.
const NOT_IN_THE_DOMAIN: [&str; 7] = [
    "rocket",
    "web::",
    "Locale",
    "i18n",
    "msg!",
    "MessageId",
    "routes::",
];

#[test]
fn domain_files_name_neither_rocket_nor_the_web_layer_nor_translation() {
    let mut found = Vec::new();
    let mut domain_files = 0;
    for source in sources().iter().filter(|s| s.node.1 == Layer::Domain) {
        domain_files += 1;
        for word in NOT_IN_THE_DOMAIN {
            if source.code.contains(word) {
                found.push(format!("{} names {word}", source.path));
            }
        }
    }
    assert!(domain_files > 30, "the scan sees the domain files");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn route_files_hold_no_sql_and_no_transactions() {
    let mut found = Vec::new();
    for source in sources().iter().filter(|s| is_route_file(&s.path)) {
        for word in ["diesel", "schema::", "write_tx"] {
            if source.code.contains(word) {
                found.push(format!("{} names {word}", source.path));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
