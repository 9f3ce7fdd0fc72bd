//! The 20 topics in 7 sections, with the seed's milestone messages.

use super::{Hours, Link, Milestone, MilestoneScope, Roadmap, Section, Topic};

const fn link(label: &'static str, url: &'static str) -> Link {
    Link { label, url }
}

const fn milestone(id: &'static str, message: &'static str) -> Option<Milestone> {
    Some(Milestone {
        id,
        message,
        scope: MilestoneScope::Section,
    })
}

/// The Backend Developer Roadmap 2026.
pub const ROADMAP: Roadmap = Roadmap { sections: SECTIONS };

const SECTIONS: &[Section] = &[
    Section {
        id: "internet",
        title: "Internet Fundamentals",
        milestone: milestone("web", "You understand how the web works!"),
        topics: &[
            Topic {
                id: "how-the-internet-works",
                title: "How the Internet Works",
                summary: "Clients, servers, IP addresses, TCP and the path a request takes from a browser to your code.",
                why: "Every backend bug report starts with a request; knowing its journey tells you where to look.",
                hours: Hours { low: 4, high: 7 },
                links: &[
                    link("MDN: How does the Internet work?", "https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/How_does_the_Internet_work"),
                    link("Cloudflare Learning: What is the Internet?", "https://www.cloudflare.com/learning/network-layer/how-does-the-internet-work/"),
                ],
            },
            Topic {
                id: "http",
                title: "HTTP & HTTPS",
                summary: "Requests and responses, headers, status codes, cookies, and how TLS keeps them private.",
                why: "HTTP is the language your APIs speak; status codes and headers are your contract with clients.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("MDN: An overview of HTTP", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview"),
                    link("MDN: HTTP response status codes", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status"),
                    link("RFC 9110: HTTP Semantics", "https://www.rfc-editor.org/rfc/rfc9110"),
                ],
            },
            Topic {
                id: "dns",
                title: "DNS & Hosting",
                summary: "Domain names, DNS records and resolution, and what a host or cloud provider actually gives you.",
                why: "Deploying a service means pointing a name at it; DNS mistakes take whole sites offline.",
                hours: Hours { low: 3, high: 4 },
                links: &[
                    link("MDN: What is a domain name?", "https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_domain_name"),
                    link("Cloudflare Learning: What is DNS?", "https://www.cloudflare.com/learning/dns/what-is-dns/"),
                ],
            },
        ],
    },
    Section {
        id: "language",
        title: "Programming Language",
        milestone: milestone("code", "You can write backend code!"),
        topics: &[
            Topic {
                id: "language",
                title: "A Backend Language",
                summary: "Learn one language well: Java, Python, Node.js (JavaScript) or Go. Java is common in enterprise and FinTech.",
                why: "Everything else on this roadmap is practised through code; depth in one language beats a little of four.",
                hours: Hours { low: 60, high: 80 },
                links: &[
                    link("dev.java: Learn Java", "https://dev.java/learn/"),
                    link("The Python Tutorial", "https://docs.python.org/3/tutorial/"),
                    link("Node.js: Learn", "https://nodejs.org/en/learn"),
                    link("A Tour of Go", "https://go.dev/tour/"),
                ],
            },
            Topic {
                id: "dsa",
                title: "Data Structures & Algorithms",
                summary: "Arrays, hash maps, trees, graphs, sorting and searching, and how to reason about their cost.",
                why: "DSA helps you write efficient programs, crack interviews and solve real-world problems.",
                hours: Hours { low: 40, high: 60 },
                links: &[
                    link("Open Data Structures (free book)", "https://opendatastructures.org/"),
                    link("MIT OpenCourseWare: Introduction to Algorithms", "https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/"),
                ],
            },
            Topic {
                id: "frameworks",
                title: "Backend Frameworks",
                summary: "Spring Boot (Java), Django (Python) or Express (Node.js): routing, middleware, configuration.",
                why: "Frameworks let you build and scale applications quickly; Spring Boot is a favourite for microservices.",
                hours: Hours { low: 30, high: 40 },
                links: &[
                    link("Spring Boot", "https://spring.io/projects/spring-boot"),
                    link("Django documentation", "https://docs.djangoproject.com/"),
                    link("Express", "https://expressjs.com/"),
                ],
            },
        ],
    },
    Section {
        id: "version-control",
        title: "Version Control",
        milestone: None,
        topics: &[
            Topic {
                id: "git",
                title: "Git Basics",
                summary: "Commits, history, diffs and undoing mistakes: tracking every change to your code.",
                why: "Git is a must for code management, collaboration and tracking changes in every team.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("Pro Git (free book)", "https://git-scm.com/book/en/v2"),
                    link("Git reference documentation", "https://git-scm.com/docs"),
                ],
            },
            Topic {
                id: "collaboration",
                title: "Branches & Pull Requests",
                summary: "Branching, merging, resolving conflicts and reviewing code through pull requests.",
                why: "Teams ship through reviewed branches; this is how your code reaches production at work.",
                hours: Hours { low: 4, high: 7 },
                links: &[
                    link("Pro Git: Branches in a nutshell", "https://git-scm.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell"),
                    link("GitHub Docs: Pull requests", "https://docs.github.com/en/pull-requests"),
                ],
            },
        ],
    },
    Section {
        id: "databases",
        title: "Databases",
        milestone: milestone("data", "You can work with databases!"),
        topics: &[
            Topic {
                id: "sql",
                title: "SQL Databases",
                summary: "Relational modelling and SQL with PostgreSQL or MySQL: tables, joins, constraints, migrations.",
                why: "Most business data lives in relational databases; schema design decides how your app ages.",
                hours: Hours { low: 30, high: 40 },
                links: &[
                    link("PostgreSQL tutorial", "https://www.postgresql.org/docs/current/tutorial.html"),
                    link("PostgreSQL documentation", "https://www.postgresql.org/docs/"),
                    link("MySQL documentation", "https://dev.mysql.com/doc/"),
                ],
            },
            Topic {
                id: "nosql",
                title: "NoSQL Databases",
                summary: "Document and key-value stores such as MongoDB, DynamoDB and Redis, and when they fit better than SQL.",
                why: "Caches, sessions, feeds and flexible documents are often served by NoSQL stores.",
                hours: Hours { low: 10, high: 20 },
                links: &[
                    link("MongoDB manual", "https://www.mongodb.com/docs/manual/"),
                    link("Amazon DynamoDB developer guide", "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html"),
                    link("Redis documentation", "https://redis.io/docs/latest/"),
                ],
            },
            Topic {
                id: "indexing",
                title: "Indexing & Query Optimization",
                summary: "B-tree indexes, reading query plans with EXPLAIN, and rewriting slow queries.",
                why: "A missing index turns a 2 ms query into a 2 s one; query plans show you why.",
                hours: Hours { low: 10, high: 20 },
                links: &[
                    link("PostgreSQL: Indexes", "https://www.postgresql.org/docs/current/indexes.html"),
                    link("PostgreSQL: Using EXPLAIN", "https://www.postgresql.org/docs/current/using-explain.html"),
                    link("Use The Index, Luke (free book)", "https://use-the-index-luke.com/"),
                ],
            },
            Topic {
                id: "transactions",
                title: "Transactions",
                summary: "ACID, isolation levels, locking, and keeping data correct when requests run at the same time.",
                why: "Payments, orders and stock counts break silently without transactions.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("PostgreSQL: Transactions", "https://www.postgresql.org/docs/current/tutorial-transactions.html"),
                    link("PostgreSQL: Transaction isolation", "https://www.postgresql.org/docs/current/transaction-iso.html"),
                ],
            },
        ],
    },
    Section {
        id: "apis",
        title: "APIs",
        milestone: milestone("apis", "You can build APIs!"),
        topics: &[
            Topic {
                id: "rest",
                title: "REST & HTTP Methods",
                summary: "Resources, GET, POST, PUT and DELETE, status codes, pagination and versioning.",
                why: "APIs let systems talk to each other; REST is what most backend job descriptions mean by it.",
                hours: Hours { low: 10, high: 20 },
                links: &[
                    link("MDN: HTTP request methods", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods"),
                    link("Spring Boot: Building a RESTful web service", "https://spring.io/guides/gs/rest-service/"),
                ],
            },
            Topic {
                id: "json",
                title: "JSON & API Design",
                summary: "JSON responses, validation, error formats, and describing an API with OpenAPI.",
                why: "A clear, documented contract is what makes your API pleasant for frontend and mobile teams.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("MDN: Working with JSON", "https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Scripting/JSON"),
                    link("OpenAPI Specification", "https://spec.openapis.org/oas/latest.html"),
                ],
            },
        ],
    },
    Section {
        id: "security",
        title: "Security",
        milestone: None,
        topics: &[
            Topic {
                id: "auth",
                title: "Authentication & Authorization",
                summary: "Sessions, JWT, OAuth 2.0, password hashing with bcrypt, and role-based access.",
                why: "Handling authentication is a core backend responsibility, and a breach ends careers and companies.",
                hours: Hours { low: 10, high: 20 },
                links: &[
                    link("OWASP Authentication Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html"),
                    link("OWASP Password Storage Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"),
                    link("jwt.io: Introduction to JSON Web Tokens", "https://jwt.io/introduction"),
                ],
            },
            Topic {
                id: "web-security",
                title: "Web Security Essentials",
                summary: "The OWASP Top 10: injection, broken access control, secrets handling, CORS and rate limiting.",
                why: "Attackers probe every public API; these are the mistakes they find first.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("OWASP Top 10", "https://owasp.org/www-project-top-ten/"),
                    link("MDN: Web security", "https://developer.mozilla.org/en-US/docs/Web/Security"),
                ],
            },
        ],
    },
    Section {
        id: "devops",
        title: "DevOps Basics",
        milestone: Some(Milestone {
            id: "professional",
            message: "You are a professional Backend Developer!",
            scope: MilestoneScope::WholeRoadmap,
        }),
        topics: &[
            Topic {
                id: "docker",
                title: "Docker",
                summary: "Images, containers, Dockerfiles and Compose: packaging a service so it runs the same everywhere.",
                why: "Containers are how backend services are shipped and run in 2026.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("Docker: Get started", "https://docs.docker.com/get-started/"),
                    link("Dockerfile reference", "https://docs.docker.com/reference/dockerfile/"),
                ],
            },
            Topic {
                id: "kubernetes",
                title: "Kubernetes",
                summary: "Pods, deployments and services: running and scaling containers across machines.",
                why: "Most companies at scale orchestrate their services with Kubernetes.",
                hours: Hours { low: 20, high: 30 },
                links: &[
                    link("Kubernetes basics tutorial", "https://kubernetes.io/docs/tutorials/kubernetes-basics/"),
                    link("Kubernetes concepts", "https://kubernetes.io/docs/concepts/"),
                ],
            },
            Topic {
                id: "ci-cd",
                title: "CI/CD Pipelines",
                summary: "Automated tests and deployments on every change with GitHub Actions or GitLab CI.",
                why: "Automation is key to successful, repeatable deployment.",
                hours: Hours { low: 8, high: 12 },
                links: &[
                    link("GitHub Actions documentation", "https://docs.github.com/en/actions"),
                    link("GitLab CI/CD documentation", "https://docs.gitlab.com/ci/"),
                ],
            },
            Topic {
                id: "cloud",
                title: "Cloud & Scaling",
                summary: "AWS, Azure or Google Cloud: managed databases, load balancers, caching and autoscaling.",
                why: "Cloud skills and system design command premium salaries for backend developers.",
                hours: Hours { low: 30, high: 40 },
                links: &[
                    link("AWS documentation", "https://docs.aws.amazon.com/"),
                    link("Google Cloud documentation", "https://cloud.google.com/docs"),
                    link("Microsoft Azure documentation", "https://learn.microsoft.com/en-us/azure/"),
                ],
            },
        ],
    },
];
