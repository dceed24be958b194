//! Translations are complete: every message of the reference locale (fi) exists in all nine
//! with the same variables, every file parses, and every id a template names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use digikaveri::i18n::LOCALES;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

pub type Messages = BTreeMap<String, BTreeSet<String>>;

fn root(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
}

fn variables_in_pattern(pattern: &Pattern<String>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, vars);
        }
    }
}

fn variables_in_expression(expression: &Expression<String>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, vars),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, vars);
            for variant in variants {
                variables_in_pattern(&variant.value, vars);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<String>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_in_inline(arg, vars);
            }
        }
        _ => {}
    }
}

/// Every message of one locale with its variables; a syntax error fails the test.
pub fn messages(code: &str) -> Messages {
    let mut all = Messages::new();
    let dir = root("locales").join(code);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("{} missing", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(source)
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables_in_pattern(value, &mut vars);
                    }
                    let id = message.id.name.clone();
                    assert!(all.insert(id.clone(), vars).is_none(), "{code}: {id} twice");
                }
            }
        }
    }
    all
}

#[test]
fn every_locale_has_every_reference_message_with_the_same_variables() {
    let reference = messages("fi");
    assert!(reference.len() > 20);
    for locale in LOCALES.iter() {
        let other = messages(locale.code);
        for (id, vars) in &reference {
            match other.get(id) {
                None => panic!("{}: message '{id}' is missing", locale.code),
                Some(theirs) => assert_eq!(theirs, vars, "{}: variables of '{id}'", locale.code),
            }
        }
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !reference.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{}: messages not in fi: {extra:?}",
            locale.code
        );
    }
}

#[test]
fn every_locale_folder_is_an_interface_locale() {
    let folders: BTreeSet<String> = std::fs::read_dir(root("locales"))
        .unwrap()
        .filter_map(|e| e.ok().filter(|e| e.path().is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let locales: BTreeSet<String> = LOCALES.iter().map(|l| l.code.to_owned()).collect();
    assert_eq!(folders, locales);
}

fn template_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            template_files(&path, found);
        } else if path.to_string_lossy().ends_with(".hbs") {
            found.push(path);
        }
    }
}

/// The literal ids in templates.
fn ids_used_in_templates() -> BTreeSet<String> {
    let mut files = Vec::new();
    template_files(&root("templates"), &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        // `{{t "id"}}`, `(t "id")`, and the ids passed to partials (`label="id"`, `hint="id"`).
        for opener in ["{{t \"", "(t \"", " label=\"", " hint=\""] {
            for piece in source.split(opener).skip(1) {
                ids.insert(piece.split('"').next().unwrap().to_owned());
            }
        }
    }
    ids
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The literal ids of `msg!` in the code: the only way Rust names a message.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root("src"), &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for piece in source.split("msg!(\"").skip(1) {
            ids.insert(piece.split('"').next().unwrap().to_owned());
        }
    }
    ids
}

#[test]
fn every_id_a_template_or_the_code_names_exists() {
    let reference = messages("fi");
    let mut used = ids_used_in_templates();
    assert!(used.contains("app-name"), "the template scan finds ids");
    let in_code = ids_used_in_code();
    assert!(
        in_code.contains("flash-signed-in"),
        "the code scan finds ids"
    );
    used.extend(in_code);
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !reference.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "ids without a message: {missing:?}");
}

/// The scan is what stands between a mistyped id and a page that shows it: it must see an id
/// that no locale has.
#[test]
fn the_code_scan_catches_a_mistyped_id() {
    let reference = messages("fi");
    let source = r#"errors.add("email", msg!("form-error-emial"));"#;
    let found: Vec<&str> = source
        .split("msg!(\"")
        .skip(1)
        .filter_map(|piece| piece.split('"').next())
        .collect();
    assert_eq!(found, ["form-error-emial"]);
    assert!(!reference.contains_key(found[0]));
}

/// `MessageId::from_literal` is for `msg!` alone; anything else calling it would hide an id
/// from the scan.
#[test]
fn message_ids_are_made_only_by_the_macro() {
    let mut files = Vec::new();
    rust_files(&root("src"), &mut files);
    let callers: Vec<_> = files
        .iter()
        .filter(|file| {
            let source = std::fs::read_to_string(file).unwrap();
            source.matches("from_literal(").count() > usize::from(file.ends_with("i18n/mod.rs")) * 2
        })
        .collect();
    assert!(callers.is_empty(), "made outside msg!: {callers:?}");
}

/// Every message of the reference locale is used somewhere: a template, the code, or a
/// message that refers to it.
#[test]
fn every_message_is_used() {
    let reference = messages("fi");
    let mut used = ids_used_in_templates();
    used.extend(ids_used_in_code());
    let unused: Vec<_> = reference.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages nothing shows: {unused:?}");
}

/// The pseudo-locale of debug builds shows every message bracketed and longer, and no locale
/// list offers it.
#[test]
fn the_pseudo_locale_brackets_and_lengthens_every_message() {
    use digikaveri::i18n::Locale;
    let app = crate::common::TestApp::new();
    let (status, body) = app.get("/help?lang=qps", None);
    assert_eq!(status, 200);
    assert!(body.contains(r#"<html lang="en-XA""#));
    let pseudo = Locale::requested("qps").unwrap();
    let english = crate::common::text("en", "nav-help");
    let shown = pseudo.translate("nav-help", &Default::default()).unwrap();
    assert!(shown.starts_with('[') && shown.ends_with(']'), "{shown}");
    assert!(
        shown.chars().count() >= english.chars().count() * 14 / 10,
        "{shown}"
    );
    assert!(body.contains(&shown));
    assert!(Locale::all().all(|l| l.code() != "en-XA"));
    assert_eq!(Locale::from_code("qps"), None, "never stored as a choice");
}
