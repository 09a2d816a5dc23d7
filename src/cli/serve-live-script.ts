/** Where `hoshin serve` serves its reload script and the event stream the script listens to. */
export const LIVE_SCRIPT_PATH = '/__hoshin/live.js';
export const LIVE_EVENTS_PATH = '/__hoshin/events';

/**
 * The reload script, served only by `hoshin serve`. A page knows the build it was rendered from
 * (the script's ?build=); the server announces the current build on connect and after every
 * rebuild, so a rebuild that lands while the page loads is not missed.
 */
export const LIVE_SCRIPT = `// hoshin serve: reload this page when its source has been rebuilt.
(() => {
  const build = new URL(document.currentScript.src).searchParams.get('build');
  const events = new EventSource(${JSON.stringify(LIVE_EVENTS_PATH)});
  events.addEventListener('build', (event) => {
    if (event.data === build) return;
    events.close();
    location.reload();
  });
})();
`;
