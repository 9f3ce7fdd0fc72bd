// Temporary: run specs against the previous main's build (not committed).
import base from "./playwright.config.mjs";
export default { ...base, use: { ...base.use, baseURL: "http://localhost:4273/roadmap/" },
  webServer: [{ command: "node scripts/static-server.mjs /tmp/base/dist 4273 /roadmap/", url: "http://localhost:4273/roadmap/", reuseExistingServer: true }] };
