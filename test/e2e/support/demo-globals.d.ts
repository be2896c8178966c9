// The demo page's globals (window.DotsFlows, window.dotsDemo) for page.evaluate callbacks.
/// <reference path="../../../demo/global.d.ts" />
