// ForceAtlas2's own iteration step and default settings, published in the package beside its graph-based entry
// point (its web worker runs the same step on the same matrices), so that a layout runs on matrices built
// straight from link columns (see map/layout.ts).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): { converged: boolean };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const settings: Required<ForceAtlas2Settings>;
  export default settings;
}
