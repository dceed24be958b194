//! The `digikaveri` command: `serve` (the default), `migrate`, `seed-demo`, `purge`,
//! `create-admin` and `simulate`.

use std::process::ExitCode;

use chrono::DateTime;
use clap::{Parser, Subcommand};
use digikaveri::checks::{Problem, MIN_PASSWORD};
use digikaveri::clock::Clock;
use digikaveri::config::Config;
use digikaveri::db::Db;
use digikaveri::error::Error;
use digikaveri::users::AdminRefusal;

/// Where the data lives when `DATABASE_URL` is not set: an SQLite file in the working folder.
const DEFAULT_DATABASE_URL: &str = "digikaveri.sqlite3";

#[derive(Parser)]
#[command(version, about = "Digikaveri: a digital-buddy volunteer programme")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the web service (the default).
    Serve,
    /// Apply pending database migrations and stop.
    Migrate,
    /// Fill an empty database with the demo organisation, sites and accounts.
    SeedDemo,
    /// Delete what has outlived its use: queue tickets of earlier days that nobody helped,
    /// old limit counts, used or expired join requests (the server also does this every hour).
    Purge,
    /// Create an administrator; the password is read from standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// The name shown in the service.
        #[arg(long, default_value = "Admin")]
        name: String,
    },
    /// Simulate seeded busy days at a site (no database) and print the matching policies'
    /// results as a Markdown table.
    Simulate {
        /// People arriving in a day, one configuration each.
        #[arg(long, value_delimiter = ',', default_value = "40,80,120")]
        arrivals: Vec<usize>,
        /// Volunteers on duty, one configuration each.
        #[arg(long, value_delimiter = ',', default_value = "4,6,8")]
        volunteers: Vec<usize>,
        /// Days per configuration.
        #[arg(long, default_value_t = 200)]
        days: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Every help as long as the average one, so that knowing each help's length is worth
        /// nothing to the offline reference.
        #[arg(long)]
        equal_helps: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command.unwrap_or(Command::Serve)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("digikaveri: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), Error> {
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
    let clock = clock()?;
    let database = || -> Result<Db, Error> {
        let db = Db::connect(&url)?;
        db.migrate()?;
        Ok(db)
    };
    match command {
        Command::Simulate {
            arrivals,
            volunteers,
            days,
            seed,
            equal_helps,
        } => {
            use digikaveri::simulation;
            let config = simulation::Config {
                arrivals,
                volunteers,
                days,
                seed,
                equal_helps,
            };
            print!("{}", simulation::table(&simulation::run(&config)));
            Ok(())
        }
        Command::Migrate => database().map(|_| ()),
        Command::Purge => {
            use digikaveri::retention::job::{self, Outcome};
            let db = database()?;
            let config = Config::from_env()?;
            match job::run(&mut *db.get()?, clock.now())? {
                Outcome::Skipped => {
                    eprintln!("digikaveri: another server is applying the retention rules now");
                }
                Outcome::Ran(run) => {
                    let link = config.link("/dashboard");
                    for mail in digikaveri::web::tasks::question_mails(&link, &run.asked) {
                        if let Err(e) = config.mailer.send(&mail) {
                            eprintln!("digikaveri: sending a mail failed: {e}");
                        }
                    }
                    eprintln!(
                        "digikaveri: {} rows past their time deleted, {} volunteers asked",
                        run.total(),
                        run.asked.len()
                    );
                }
            }
            Ok(())
        }
        Command::SeedDemo => {
            let db = database()?;
            let seeded = digikaveri::demo::seed_if_empty(&mut *db.get()?, clock.now())?;
            if !seeded {
                eprintln!("digikaveri: the database already has data; demo data was not added");
            }
            Ok(())
        }
        Command::CreateAdmin { email, name } => create_admin(&database()?, &clock, &email, &name),
        Command::Serve => {
            let db = database()?;
            let now = clock.now();
            if demo_on_first_start()? && digikaveri::demo::seed_if_empty(&mut *db.get()?, now)? {
                eprintln!("digikaveri: empty database, demo data added (see README for sign-ins)");
            }
            serve(db, clock)
        }
    }
}

/// The system clock; a development build started by the browser tests may be told to start
/// at another instant (`DIGIKAVERI_START_AT=2026-12-08T10:30:00+02:00`) and run on from there.
fn clock() -> Result<Clock, Error> {
    let Ok(start) = std::env::var("DIGIKAVERI_START_AT") else {
        return Ok(Clock::system());
    };
    if !cfg!(debug_assertions) {
        return Err(Error::Config(
            "DIGIKAVERI_START_AT is for tests and works only in development builds".into(),
        ));
    }
    let start = DateTime::parse_from_rfc3339(&start).map_err(|_| {
        Error::Config(format!(
            "DIGIKAVERI_START_AT must be like 2026-12-08T10:30:00+02:00, not '{start}'"
        ))
    })?;
    Ok(Clock::starting_at(start.naive_utc()))
}

/// `DIGIKAVERI_DEMO=1|0` decides; without it a development build seeds an empty database and a
/// release build does not, so production never gets the published demo passwords.
fn demo_on_first_start() -> Result<bool, Error> {
    match std::env::var("DIGIKAVERI_DEMO").as_deref() {
        Err(_) => Ok(cfg!(debug_assertions)),
        Ok("1" | "true" | "yes") => Ok(true),
        Ok("0" | "false" | "no") => Ok(false),
        Ok(other) => Err(Error::Config(format!(
            "DIGIKAVERI_DEMO must be 1 or 0, not '{other}'"
        ))),
    }
}

/// Reads the password from the first line of standard input, so it stays out of the shell
/// history and the process list.
fn create_admin(db: &Db, clock: &Clock, email: &str, name: &str) -> Result<(), Error> {
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .map_err(|e| Error::Config(format!("could not read the password: {e}")))?;
    let password = password.trim_end_matches(['\r', '\n']);
    let created =
        digikaveri::users::create_admin(&mut *db.get()?, email, name, password, clock.now())?;
    match created {
        Ok(_) => {
            eprintln!("digikaveri: administrator created");
            Ok(())
        }
        Err(refusal) => Err(Error::Config(refusal_sentence(refusal))),
    }
}

/// Why no administrator was made, for the terminal.
fn refusal_sentence(refusal: AdminRefusal) -> String {
    let problem = match refusal {
        AdminRefusal::EmailTaken => return "an account with this email already exists".into(),
        AdminRefusal::Email(_) => "the email does not look like an email address",
        AdminRefusal::Name(Problem::TooLong) => "the name is too long",
        AdminRefusal::Name(_) => "the name is empty",
        AdminRefusal::Password(Problem::TooLong) => "the password is too long",
        AdminRefusal::Password(_) => {
            return format!(
                "the administrator was not created: the password needs at least {MIN_PASSWORD} \
                 characters"
            )
        }
    };
    format!("the administrator was not created: {problem}")
}

fn serve(db: Db, clock: Clock) -> Result<(), Error> {
    let config = Config::from_env()?;
    rocket::execute(digikaveri::app(db, config, clock).launch())
        .map(|_| ())
        .map_err(|e| Error::Config(format!("the web server stopped: {e}")))
}
