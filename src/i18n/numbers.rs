//! Numbers in messages as CLDR writes them for the locale (ICU4X): "1 234" in Finnish,
//! "1,234" in English, always with the digits 0-9. Fluent calls `format_number` for every
//! number it puts into a message; plurals still choose their form from the number itself.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;

/// One locale's number formatter, made once for each Fluent bundle.
struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: IcuLocale = format!("{lang}-u-nu-latn").parse().map_err(|_| ())?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(Numbers)
            .map_err(|_| ())
    }
}

/// The formatter Fluent bundles use: whole numbers through ICU4X; anything else (none of our
/// messages has one) as Fluent writes it.
pub fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    // Exact: a whole number below 10^15 converts to i64 without loss.
    let decimal = Decimal::from(number.value as i64);
    whole
        .then(|| {
            memoizer
                .with_try_get::<Numbers, _, _>((), |f| f.0.format(&decimal).to_string())
                .ok()
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::i18n::Locale;
    use crate::msg;

    #[test]
    fn counts_are_grouped_the_locale_way() {
        let count = |code| {
            Locale::from_code(code)
                .unwrap()
                .message(msg!("board-waiting"), &[("count", 1234.into())])
        };
        assert!(count("fi").contains("1\u{a0}234"), "{}", count("fi"));
        assert!(count("en").contains("1,234"), "{}", count("en"));
        assert!(
            count("fa").contains("1,234") || count("fa").contains("1٬234"),
            "{}",
            count("fa")
        );
    }
}
