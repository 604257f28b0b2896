// Types of the service-worker registration module that @vite-pwa/sveltekit provides.
/// <reference types="vite-plugin-pwa/vanillajs" />
