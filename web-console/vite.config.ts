import { defineConfig } from 'vite';

// The build lands inside the Maven module's classes so that the jar carries it under
// META-INF/resources, which dispatch-service serves at its root.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: true,
  },
  // `vite` and `vite preview` send API calls to dispatch-service (FLEET_API, default the port 'bin/fleet up' uses).
  server: {
    proxy: { '/api': process.env.FLEET_API ?? 'http://localhost:8080', '/q': process.env.FLEET_API ?? 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
