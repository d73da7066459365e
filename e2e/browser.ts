import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, started as our machines allow: no sandbox as root, and no background
// networking, whose connections this closed network refuses.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

/** Launches Debian's Chromium (`apt-get install -y chromium`) through playwright-core. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    // The browser tests fail rather than skip without Chromium; the message is the one line that fixes it.
    const missing = new Error(`Chromium saknas (${executablePath}): installera med \`apt-get install -y chromium\` eller sätt CHROMIUM_PATH.`);
    missing.stack = missing.message; // no stack: the line above is all there is to read
    return Promise.reject(missing);
  }
  return chromium.launch({ executablePath, args: ARGS });
}
