// Loaded first by the test pages: records errors and Content-Security-Policy violations for the test
// that opens the page in an iframe.
window.__probe = { errors: [], violations: [] };
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__probe.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
);
