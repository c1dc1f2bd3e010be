/** `npm run build:newsroom`: builds newsroom/dist whether or not it is current (deploys, CI images). */
import { newsroomBundleSizes } from '../src/newsroom/bundle-size.js'
import { buildNewsroom, NEWSROOM_DIST } from '../src/newsroom/newsroom-build.js'

await buildNewsroom()
const { firstScreen, editorRoute } = newsroomBundleSizes(NEWSROOM_DIST)
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
console.log(`Built ${NEWSROOM_DIST}: first screen ${kb(firstScreen)}, editor route ${kb(editorRoute)} of gzipped JS.`)
