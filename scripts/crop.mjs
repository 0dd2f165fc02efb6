// Cuts a tall screenshot into viewable slices: node scripts/crop.mjs file.png [sliceHeight]
import sharp from 'sharp';
const [file, h = '1400'] = process.argv.slice(2);
const img = sharp(file);
const { width, height } = await img.metadata();
const step = Number(h);
for (let top = 0, i = 0; top < height; top += step, i++) {
  const out = file.replace(/\.png$/, `.part${i}.png`);
  await sharp(file).extract({ left: 0, top, width, height: Math.min(step, height - top) }).toFile(out);
  console.log(out);
}
