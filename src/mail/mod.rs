//! Outgoing mail behind one small interface. No mail server is reachable in development or
//! tests, so the default is the outbox, which keeps messages in memory for the tests (and
//! every link is also shown to the person who made it). SMTP is used when `SMTP_URL` is set.

use std::sync::{Arc, Mutex};

use lettre::message::Mailbox;
use lettre::{Message, SmtpTransport, Transport};

use crate::error::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub trait Mailer: Send + Sync {
    /// Sends one message; blocking, so callers use `deliver`.
    fn send(&self, mail: &Mail) -> Result<(), String>;
}

/// Keeps the last messages in memory instead of sending them; a development server also
/// prints each one, so the person trying it can open the links.
#[derive(Default)]
pub struct Outbox {
    mails: Mutex<Vec<Mail>>,
    print: bool,
}

const OUTBOX_KEEPS: usize = 100;

impl Outbox {
    /// An outbox that also prints every mail to standard error (development only: mail holds
    /// addresses and one-time links).
    pub fn printing() -> Outbox {
        Outbox {
            print: true,
            ..Outbox::default()
        }
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.mails.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

impl Mailer for Outbox {
    fn send(&self, mail: &Mail) -> Result<(), String> {
        let mut mails = self
            .mails
            .lock()
            .map_err(|_| "outbox lock poisoned".to_owned())?;
        if mails.len() == OUTBOX_KEEPS {
            mails.remove(0);
        }
        if self.print {
            eprintln!(
                "digikaveri: mail to {}\n  {}\n{}\n",
                mail.to, mail.subject, mail.body
            );
        }
        mails.push(mail.clone());
        Ok(())
    }
}

/// SMTP through `lettre`, from a URL such as `smtps://user:password@mail.example.org`.
pub struct Smtp {
    transport: SmtpTransport,
    from: Mailbox,
}

impl Smtp {
    pub fn new(url: &str, from: &str) -> Result<Smtp, Error> {
        let transport = SmtpTransport::from_url(url)
            .map_err(|e| Error::Config(format!("SMTP_URL is not usable: {e}")))?
            .build();
        let from = from
            .parse()
            .map_err(|e| Error::Config(format!("MAIL_FROM is not an address: {e}")))?;
        Ok(Smtp { transport, from })
    }
}

impl Mailer for Smtp {
    fn send(&self, mail: &Mail) -> Result<(), String> {
        let to: Mailbox = mail.to.parse().map_err(|e| format!("bad recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .body(mail.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Sends off the async workers. A failure is logged (without the address) and not passed on:
/// the person who made the link also sees it on screen and can pass it on themselves.
pub async fn deliver(mailer: Arc<dyn Mailer>, mail: Mail) {
    let sent = tokio::task::spawn_blocking(move || mailer.send(&mail)).await;
    match sent {
        Ok(Ok(())) => {}
        Ok(Err(e)) => log::warn!("sending mail failed: {e}"),
        Err(e) => log::warn!("sending mail failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outbox_keeps_what_was_sent() {
        let outbox = Outbox::default();
        let mail = Mail {
            to: "a@b.fi".into(),
            subject: "S".into(),
            body: "B".into(),
        };
        outbox.send(&mail).unwrap();
        assert_eq!(outbox.mails(), vec![mail]);
    }

    #[test]
    fn smtp_settings_are_checked_at_start() {
        assert!(Smtp::new("smtp://localhost:2525", "Digikaveri <noreply@example.org>").is_ok());
        assert!(Smtp::new("not a url", "noreply@example.org").is_err());
        assert!(Smtp::new("smtp://localhost:2525", "not an address").is_err());
    }
}
