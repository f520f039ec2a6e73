// Headless Debian Chromium for the browser tests and the web benchmark: root on a closed network
// (no sandbox, no background connections) and WebGL through SwiftShader, since there is no GPU.
import { type Browser, chromium } from "playwright-core";

const ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
