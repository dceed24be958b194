//! Random tokens for links and cookies. Only their SHA-256 is stored, so a copy of the
//! database does not let anyone sign in or use a link.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// 32 random bytes from the operating system, as 64 hex characters.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// A short code a person can type from paper: 12 characters from 32 that cannot be mistaken
/// for each other (no 0/O, 1/I), in groups of four, 60 random bits.
pub fn new_short_code() -> String {
    const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The stored form of a token (and of other keys we must not keep in clear, such as the
/// address in a throttling record).
pub fn digest(value: &str) -> String {
    hex(&Sha256::digest(value.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_codes_are_three_groups_of_four_unambiguous_characters() {
        let code = new_short_code();
        assert_eq!(code.len(), 14);
        assert!(code.split('-').all(|g| g.len() == 4));
        assert!(!code.contains(['0', 'O', '1', 'I']));
        assert_ne!(code, new_short_code());
    }

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(digest(&a), digest(&a));
        assert_ne!(digest(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
        assert!(!same_secret("abc", "abcd"));
    }
}
