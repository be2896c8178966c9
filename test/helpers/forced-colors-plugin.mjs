/**
 * A test-runner command that turns Windows-style forced colours on or off for the calling page.
 * `emulateMedia` from @web/test-runner-commands drops `forcedColors` on the Chrome launcher, and
 * puppeteer's own `emulateMediaFeatures` refuses the feature's name, so this sends the DevTools
 * protocol's `Emulation.setEmulatedMedia` to the page itself. In a test:
 *   await executeServerCommand('dots-forced-colors', { active: true });
 */
export function forcedColorsPlugin() {
  // An emulation lasts as long as the DevTools session that set it: one session per page, kept.
  const sessions = new WeakMap();
  return {
    name: 'dots-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dots-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
