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
  server: {
    proxy: { '/api': 'http://localhost:8080', '/q': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
