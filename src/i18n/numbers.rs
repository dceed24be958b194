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

/// The formatter Fluent bundles use: whole numbers and tenths (hours on the growth page)
/// through ICU4X, with the locale's decimal separator; anything else as Fluent writes it.
pub fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimal = exact_decimal(number.value)?;
    memoizer
        .with_try_get::<Numbers, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}

/// A whole number or one with a single decimal, exactly; `None` for anything finer.
fn exact_decimal(value: f64) -> Option<Decimal> {
    // Below 10^14 a whole number of tenths converts to i64 without loss.
    let tenths = value * 10.0;
    if tenths.fract() != 0.0 || tenths.abs() >= 1e14 {
        return None;
    }
    if value.fract() == 0.0 {
        return Some(Decimal::from(value as i64));
    }
    let mut decimal = Decimal::from(tenths as i64);
    decimal.multiply_pow10(-1);
    Some(decimal)
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

    #[test]
    fn tenths_take_the_locales_decimal_separator() {
        let hours = |code| {
            Locale::from_code(code).unwrap().message(
                msg!("growth-shifts"),
                &[("count", 3.into()), ("hours", 7.5.into())],
            )
        };
        assert!(hours("fi").contains("7,5"), "{}", hours("fi"));
        assert!(hours("en").contains("7.5"), "{}", hours("en"));
        assert!(
            hours("ar").contains('7') && !hours("ar").contains("٧"),
            "{}",
            hours("ar")
        );
    }
}
