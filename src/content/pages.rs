//! The article text around the roadmap: hero, role, career path, mistakes, architecture, FAQ.

/// The hero at the top of the page.
pub struct HeroText {
    pub label: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub facts: [&'static str; 3],
}

pub const HERO: HeroText = HeroText {
    label: "2026 Roadmap",
    title: "Backend Developer Roadmap",
    subtitle: "Master server-side programming, databases, APIs, security, and DevOps. Your complete guide to becoming a professional backend developer in 2026.",
    // The first fact is `plan::schedule::months_range` at the default pace (a test checks it).
    facts: ["5-8 Months at 14 h/week", "Intermediate", "High Demand"],
};

pub const ABOUT_PARAGRAPHS: [&str; 2] = [
    "Backend developers build the server-side of web applications - the part users do not see. They create APIs, manage databases, handle authentication, and ensure applications are secure, scalable, and performant.",
    "As a backend developer, you will write server logic, design database schemas, build RESTful APIs, implement security measures, and deploy applications to the cloud.",
];

pub const RESPONSIBILITIES: [&str; 8] = [
    "Design and implement server-side logic",
    "Build and maintain databases and data models",
    "Create RESTful APIs and web services",
    "Implement authentication and authorization",
    "Ensure application security and performance",
    "Write unit and integration tests",
    "Deploy and monitor applications",
    "Collaborate with frontend developers",
];

pub const TECHNICAL_SKILLS: [&str; 5] = [
    "Programming languages (Java, Python)",
    "Databases",
    "API development",
    "System design",
    "Cloud computing",
];

pub const SOFT_SKILLS: [&str; 3] = ["Problem-solving", "Communication", "Team collaboration"];

/// A stage of the career path and the roadmap sections it covers.
pub struct CareerLevel {
    pub title: &'static str,
    pub goals: &'static [&'static str],
    /// Roadmap section ids covered at this level.
    pub sections: &'static [&'static str],
}

pub const CAREER_PATH: [CareerLevel; 3] = [
    CareerLevel {
        title: "Beginner",
        goals: &["Learn programming", "Build basic projects"],
        sections: &["internet", "language", "version-control"],
    },
    CareerLevel {
        title: "Intermediate",
        goals: &["Work with frameworks", "Build APIs", "Learn system design"],
        sections: &["databases", "apis"],
    },
    CareerLevel {
        title: "Advanced",
        goals: &[
            "Build scalable systems",
            "Work with cloud technologies",
            "Optimize performance",
        ],
        sections: &["security", "devops"],
    },
];

pub const JOB_ROLES: [&str; 3] = ["Backend Developer", "Software Engineer", "API Developer"];

pub const SALARY_NOTE: &str = "Backend developers with cloud expertise (AWS/GCP) and system design skills command premium salaries. Senior backend engineers at top tech companies can earn $300K+ with equity.";

/// A mistake learners make, with what to do instead.
pub struct Mistake {
    pub title: &'static str,
    pub advice: &'static str,
    /// A place on the page that helps, as (fragment, link text).
    pub see: Option<(&'static str, &'static str)>,
}

pub const MISTAKES: [Mistake; 4] = [
    Mistake {
        title: "Skipping fundamentals",
        advice: "HTTP, SQL and one language done well outlast any framework. Frameworks change; fundamentals do not.",
        see: None,
    },
    Mistake {
        title: "Not building projects",
        advice: "Projects are how you show real-world skills. Build one after each section, even a small one.",
        see: None,
    },
    Mistake {
        title: "Ignoring system design",
        advice: "Load balancing, caching, database scaling and microservices come up in every mid-level interview.",
        see: None,
    },
    Mistake {
        title: "Lack of consistency",
        advice: "An hour a day beats a weekend a month. Mark topics here as you go to keep the streak visible.",
        see: Some(("#activity", "See your weekly activity and streak")),
    },
];

/// A box of the architecture diagram, linked to the topic that teaches it.
pub struct ArchNode {
    pub label: &'static str,
    pub role: &'static str,
    pub topic: &'static str,
}

/// Client -> load balancer -> API servers -> cache and database, as in the seed.
pub const ARCHITECTURE: [ArchNode; 6] = [
    ArchNode {
        label: "Client",
        role: "Browser or mobile app sending HTTP requests",
        topic: "http",
    },
    ArchNode {
        label: "Load balancer",
        role: "Spreads traffic across servers",
        topic: "cloud",
    },
    ArchNode {
        label: "API",
        role: "REST endpoints: the contract with clients",
        topic: "rest",
    },
    ArchNode {
        label: "Server",
        role: "Business logic in your framework",
        topic: "frameworks",
    },
    ArchNode {
        label: "Cache",
        role: "Redis keeps hot data in memory for performance",
        topic: "nosql",
    },
    ArchNode {
        label: "Database",
        role: "PostgreSQL or MySQL: the source of truth",
        topic: "sql",
    },
];

pub const ARCHITECTURE_NOTE: &str =
    "Understanding of architecture is key to doing well in interviews.";

/// A question and its answer (the FAQ is in the roadmap file: `content::roadmap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Faq {
    pub question: &'static str,
    pub answer: &'static str,
}

pub const CTA_TITLE: &str = "Ready to Start Your Backend Journey?";
pub const CTA_TEXT: &str = "The roadmap gives you a structured approach: master programming, databases, APIs, system design and cloud technologies, and build a solid career in backend development.";
