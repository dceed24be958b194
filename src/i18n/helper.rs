//! `{{t "message-id" name=value}}`: a Fluent lookup in the page's locale, HTML-escaped.
//! An unknown id is a render error (the page fails and tests see it), never a visible key.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use rocket_dyn_templates::handlebars::{
    html_escape, Context, Handlebars, Helper, HelperDef, HelperResult, JsonValue, Output,
    RenderContext, RenderError, RenderErrorReason,
};

use super::Locale;

pub struct TranslateHelper;

impl HelperDef for TranslateHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let id = h.param(0).and_then(|p| p.value().as_str()).ok_or(
            RenderErrorReason::ParamTypeMismatchForName("t", "0".into(), "string".into()),
        )?;
        let locale = ctx
            .data()
            .get("lang")
            .and_then(JsonValue::as_str)
            .and_then(Locale::requested)
            .ok_or(RenderErrorReason::MissingVariable(Some("lang".into())))?;
        let args: HashMap<Cow<'static, str>, FluentValue> = h
            .hash()
            .iter()
            .map(|(name, value)| (Cow::Owned(name.to_string()), fluent_value(value.value())))
            .collect();
        let text = locale.translate(id, &args).ok_or_else(|| unknown_id(id))?;
        out.write(&html_escape(&text))?;
        Ok(())
    }
}

/// Numbers stay numbers so that Fluent can choose plural forms.
fn fluent_value(value: &JsonValue) -> FluentValue<'static> {
    match value {
        JsonValue::Number(n) => n
            .as_f64()
            .map(FluentValue::from)
            .unwrap_or(FluentValue::None),
        JsonValue::String(s) => FluentValue::from(s.clone()),
        JsonValue::Null => FluentValue::None,
        other => FluentValue::from(other.to_string()),
    }
}

fn unknown_id(id: &str) -> RenderError {
    RenderErrorReason::Other(format!("no Fluent message '{id}' in any locale")).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(template: &str, data: JsonValue) -> Result<String, RenderError> {
        let mut hbs = Handlebars::new();
        hbs.set_strict_mode(true);
        hbs.register_helper("t", Box::new(TranslateHelper));
        hbs.render_template(template, &data)
    }

    #[test]
    fn translates_with_variables_in_the_page_locale() {
        let out = render(r#"{{t "error-code" code=404}}"#, json!({"lang": "en"})).unwrap();
        assert_eq!(
            out, "Error code \u{2068}404\u{2069}",
            "bidi isolation marks stay on"
        );
    }

    #[test]
    fn escapes_messages_and_their_variables() {
        let data = json!({"lang": "fi", "org": "<script>alert(1)</script>"});
        let out = render(r#"{{t "home-site-organisation" organisation=org}}"#, data).unwrap();
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(!out.contains("<script>"));
    }

    #[test]
    fn an_unknown_id_is_an_error_not_a_visible_key() {
        let err = render(r#"{{t "no-such-message"}}"#, json!({"lang": "fi"})).unwrap_err();
        assert!(err.to_string().contains("no-such-message"));
    }

    #[test]
    fn a_page_without_a_locale_is_an_error() {
        assert!(render(r#"{{t "app-name"}}"#, json!({})).is_err());
    }

    #[test]
    fn each_block_keeps_the_page_locale() {
        let data = json!({"lang": "en", "items": [1, 2]});
        let out = render(r#"{{#each items}}{{t "nav-home"}};{{/each}}"#, data).unwrap();
        assert_eq!(out, "Home;Home;");
    }
}
