import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, started as our machines allow: no sandbox as root, and no background
// networking, whose connections this closed network refuses.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

/** Launches Debian's Chromium (`apt-get install -y chromium`) through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}
