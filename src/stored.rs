//! Enums stored as text. One macro gives each its stored names, the list of its values, and
//! the conversion from stored text, which fails loudly on a value the code does not know (a
//! newer server's value, a hand edit) instead of quietly falling back to a default.

/// A stored text that names no value of the enum; reading such a row is a query error.
#[derive(Debug, thiserror::Error)]
#[error("the database holds '{value}', which is not a known {kind}")]
pub struct UnknownValue {
    pub kind: &'static str,
    pub value: String,
}

/// A stored enum's text, for code that serves every stored enum alike (the own-data export
/// writes each as the text the database holds).
pub trait StoredText: Copy {
    fn stored_text(self) -> &'static str;
}

/// `stored_enum! { pub enum Role { Admin = "admin", ... } }`: the enum with `ALL`, `as_str`,
/// `parse` (for forms and URLs: `None` when unknown) and `TryFrom<String>` (for rows, through
/// `#[diesel(deserialize_as = String)]`).
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $stored:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every value, in the order of the declaration.
            pub const ALL: [$name; [$($stored),+].len()] = [$($name::$variant),+];

            /// The text stored for this value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $stored),+
                }
            }

            /// The value a form or a URL names; `None` for anything else.
            pub fn parse(text: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|value| value.as_str() == text)
            }
        }

        impl $crate::stored::StoredText for $name {
            fn stored_text(self) -> &'static str {
                self.as_str()
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::stored::UnknownValue;

            fn try_from(text: String) -> Result<Self, Self::Error> {
                Self::parse(&text).ok_or($crate::stored::UnknownValue {
                    kind: stringify!($name),
                    value: text,
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::stored_enum! {
        enum Colour {
            Red = "red",
            Blue = "blue",
        }
    }

    #[test]
    fn stored_names_round_trip_and_unknown_ones_fail_loudly() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::Blue]);
        assert_eq!(Colour::parse("blue"), Some(Colour::Blue));
        assert_eq!(Colour::parse("green"), None);
        assert_eq!(Colour::try_from("red".to_owned()).ok(), Some(Colour::Red));
        let unknown = Colour::try_from("green".to_owned()).unwrap_err();
        assert_eq!(
            unknown.to_string(),
            "the database holds 'green', which is not a known Colour"
        );
    }
}
