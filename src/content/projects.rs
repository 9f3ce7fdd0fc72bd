//! The seed's six project ideas, each naming the roadmap topics it needs.

/// How hard a project is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    pub fn label(self) -> &'static str {
        match self {
            Level::Beginner => "Beginner",
            Level::Intermediate => "Intermediate",
            Level::Advanced => "Advanced",
        }
    }

    /// Lower-case form used in URLs and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    pub fn from_slug(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.slug() == s)
    }
}

/// A portfolio project idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Project {
    /// Stable id: project progress is keyed by it.
    pub id: &'static str,
    pub title: &'static str,
    pub level: Level,
    pub description: &'static str,
    pub tags: &'static [&'static str],
    pub learn: &'static str,
    /// Roadmap topic ids the project builds on.
    pub needs: &'static [&'static str],
}

pub const PROJECTS: &[Project] = &[
    Project {
        id: "rest-api",
        title: "REST API",
        level: Level::Beginner,
        description: "Build a simple CRUD API for a todo app",
        tags: &["Node.js", "Express", "JSON"],
        learn: "Routing, HTTP methods, status codes and JSON request bodies.",
        needs: &["language", "frameworks", "rest", "json"],
    },
    Project {
        id: "auth-system",
        title: "Authentication System",
        level: Level::Beginner,
        description: "JWT-based user auth with registration/login",
        tags: &["JWT", "bcrypt", "Middleware"],
        learn: "Password hashing, signed tokens and protecting routes with middleware.",
        needs: &["language", "rest", "auth"],
    },
    Project {
        id: "blog-api",
        title: "Blog API",
        level: Level::Intermediate,
        description: "Full-featured blog with posts, comments, users",
        tags: &["PostgreSQL", "Prisma", "Validation"],
        learn: "Relational modelling, an ORM, input validation and pagination.",
        needs: &["sql", "indexing", "rest", "json", "auth"],
    },
    Project {
        id: "ecommerce",
        title: "E-Commerce Backend",
        level: Level::Advanced,
        description: "Products, cart, orders, payment integration",
        tags: &["Stripe", "Redis", "Queue"],
        learn: "Transactions for orders, payment webhooks, caching and background jobs.",
        needs: &[
            "sql",
            "transactions",
            "nosql",
            "rest",
            "auth",
            "web-security",
            "docker",
        ],
    },
    Project {
        id: "chat",
        title: "Real-time Chat",
        level: Level::Advanced,
        description: "WebSocket-based chat application",
        tags: &["Socket.io", "MongoDB", "Redis"],
        learn: "Long-lived connections, pub/sub fan-out and storing message history.",
        needs: &["http", "nosql", "auth", "docker", "cloud"],
    },
    Project {
        id: "url-shortener",
        title: "URL Shortener",
        level: Level::Intermediate,
        description: "Shorten URLs with analytics tracking",
        tags: &["Redis", "Analytics", "Caching"],
        learn: "Key-value lookups, redirects, caching hot links and counting visits.",
        needs: &["http", "rest", "nosql", "indexing"],
    },
];
