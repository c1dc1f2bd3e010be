import { createHash } from 'node:crypto'
import { packages } from '../packages-on-use.js'
import type { DemoPicture } from './content.types.js'

export const PICTURE_WIDTH = 1200
export const PICTURE_HEIGHT = 675

/** A deterministic stream of numbers in [0, 1) from a seed string, so the demo is the same every time. */
function randomFrom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

/** Draws an abstract picture for a demo story (no downloads, no stock photos) and encodes it as JPEG. */
export async function drawPicture(key: string, picture: DemoPicture): Promise<Buffer> {
  const rnd = randomFrom(key)
  const [from, to] = picture.palette
  const W = PICTURE_WIDTH
  const H = PICTURE_HEIGHT
  const shapes: string[] = []
  const light = (a: number) => `rgba(255,255,255,${a.toFixed(2)})`
  switch (picture.motif) {
    case 'circles':
      for (let i = 0; i < 14; i++)
        shapes.push(`<circle cx="${rnd() * W}" cy="${rnd() * H}" r="${40 + rnd() * 220}" fill="${light(0.08 + rnd() * 0.25)}"/>`)
      break
    case 'stripes':
      for (let i = 0; i < 12; i++) {
        const x = -400 + i * 180 + rnd() * 60
        shapes.push(
          `<polygon points="${x},0 ${x + 90 + rnd() * 60},0 ${x + 500},${H} ${x + 410},${H}" fill="${light(0.06 + rnd() * 0.2)}"/>`,
        )
      }
      break
    case 'grid':
      for (let gx = 0; gx < 16; gx++)
        for (let gy = 0; gy < 9; gy++)
          if (rnd() > 0.55)
            shapes.push(
              `<rect x="${gx * 100 + 8}" y="${gy * 100 + 8}" width="84" height="84" rx="10" fill="${light(0.05 + rnd() * 0.3)}"/>`,
            )
      break
    case 'waves':
      for (let i = 0; i < 7; i++) {
        const y = 120 + i * 110
        const amp = 30 + rnd() * 60
        let d = `M0 ${y}`
        for (let x = 0; x <= W; x += 100) d += ` Q${x + 50} ${y + (x % 200 === 0 ? -amp : amp)} ${x + 100} ${y}`
        shapes.push(`<path d="${d} L${W} ${H} L0 ${H} Z" fill="${light(0.05 + rnd() * 0.08)}"/>`)
      }
      break
    case 'mountains':
      for (let layer = 0; layer < 4; layer++) {
        let points = `0,${H}`
        for (let x = 0; x <= W; x += 160) points += ` ${x},${H * (0.35 + layer * 0.12) + rnd() * 180}`
        shapes.push(`<polygon points="${points} ${W},${H}" fill="${light(0.1 + layer * 0.08)}"/>`)
      }
      shapes.push(`<circle cx="${300 + rnd() * 1000}" cy="${140 + rnd() * 120}" r="70" fill="${light(0.5)}"/>`)
      break
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#g)"/>${shapes.join('')}</svg>`
  return packages.sharp()(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer()
}
