//! The stylesheet and the script, built into the binary and served under names that carry a
//! hash of their content (`/assets/app.1a2b3c4d5e6f.css`), so a browser keeps them for a year
//! and asks again only when they change. Pages name them through `{{asset "app.css"}}`.
//! `/static/` still serves the same files under their plain names, for pages cached before.

use std::collections::HashMap;
use std::sync::OnceLock;

use rocket::http::{ContentType, Header};
use rocket_dyn_templates::handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderErrorReason,
};
use sha2::{Digest, Sha256};

use crate::error::Error;

/// Every file a page links to, with its type.
const FILES: [(&str, &[u8], &str); 2] = [
    ("app.css", include_bytes!("../../static/app.css"), "css"),
    ("live.js", include_bytes!("../../static/live.js"), "js"),
];

/// How long a hashed file may be kept: its name changes with its content.
pub const KEEP_FOR: &str = "public, max-age=31536000, immutable";

struct Asset {
    body: &'static [u8],
    kind: &'static str,
}

struct Table {
    /// Plain name → the hashed address.
    addresses: HashMap<&'static str, String>,
    /// Hashed file name → the file.
    files: HashMap<String, Asset>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut addresses = HashMap::new();
        let mut files = HashMap::new();
        for (name, body, kind) in FILES {
            let digest = Sha256::digest(body);
            let hash: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
            let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
            let hashed = format!("{stem}.{hash}.{kind}");
            addresses.insert(name, format!("/assets/{hashed}"));
            files.insert(hashed, Asset { body, kind });
        }
        Table { addresses, files }
    })
}

/// The address of a file under its hashed name.
pub fn address(name: &str) -> Option<&'static str> {
    table().addresses.get(name).map(String::as_str)
}

#[derive(rocket::Responder)]
pub struct AssetFile {
    body: &'static [u8],
    kind: ContentType,
    cache: Header<'static>,
}

#[rocket::get("/assets/<name>")]
pub fn asset(name: &str) -> Result<AssetFile, Error> {
    let file = table().files.get(name).ok_or(Error::NotFound)?;
    Ok(AssetFile {
        body: file.body,
        kind: ContentType::from_extension(file.kind).unwrap_or(ContentType::Binary),
        cache: Header::new("Cache-Control", KEEP_FOR),
    })
}

/// `{{asset "app.css"}}`: the file's hashed address; an unknown name is a render error.
pub struct AssetHelper;

impl HelperDef for AssetHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let name = h.param(0).and_then(|p| p.value().as_str()).ok_or(
            RenderErrorReason::ParamTypeMismatchForName("asset", "0".into(), "string".into()),
        )?;
        let address = address(name)
            .ok_or_else(|| RenderErrorReason::Other(format!("no asset named {name}")))?;
        out.write(address)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foundation_assets_are_named_by_their_content() {
        let css = address("app.css").unwrap();
        assert!(
            css.starts_with("/assets/app.") && css.ends_with(".css"),
            "{css}"
        );
        assert_eq!(css.len(), "/assets/app.".len() + 12 + ".css".len());
        assert_ne!(address("app.css"), address("live.js"));
        assert_eq!(address("nothing.css"), None);
    }
}
