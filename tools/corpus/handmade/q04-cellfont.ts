// The amount column (or the whole table) set in another font, size, spacing, alignment or effect (bold, italic, scale,
// underline, colour, shadow, outline, small caps) than the rest. Truth: the report (formatting changes no value); exact or a refusal is right.
import { addStyles, build, type Variant } from './plib.js';
type K = { props: string; para?: string; whole?: boolean; fonts?: string[] };
const kinds: Record<string, K> = {
  monoAmt8: { props: 'style:font-name="Liberation Mono" fo:font-size="8pt"', fonts: ['Liberation Mono'] },
  serifAmt12: { props: 'style:font-name="Liberation Serif" fo:font-size="12pt"', fonts: ['Liberation Serif'] },
  boldAmt: { props: 'fo:font-weight="bold"' },
  italicAmt: { props: 'fo:font-style="italic"' },
  expandAmt: { props: 'fo:letter-spacing="0.1cm"' },
  condenseAmt: { props: 'fo:letter-spacing="-0.03cm"' },
  scaleAmt60: { props: 'style:text-scale="60%"' },
  scaleAmt150: { props: 'style:text-scale="150%"' },
  centerAmt: { props: '', para: 'fo:text-align="center"' },
  justifyAmt: { props: '', para: 'fo:text-align="justify"' },
  table6pt: { props: 'fo:font-size="6pt"', whole: true },
  table16pt: { props: 'fo:font-size="16pt"', whole: true },
  underlineAmt: { props: 'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"' },
  dblUnderlineAmt: { props: 'style:text-underline-style="solid" style:text-underline-type="double" style:text-underline-width="auto" style:text-underline-color="font-color"' },
  redAmt: { props: 'fo:color="#c00000"' },
  shadowAmt: { props: 'fo:text-shadow="1pt 1pt"' },
  outlineAmt: { props: 'style:text-outline="true"' },
  smallcapsText: { props: 'fo:font-variant="small-caps"', whole: true },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [241, 242, 243, 244]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = seed === 244 ? 'Summa' : 'none'; if (l.novel) delete l.novel.tableFont; },
    fodt: (xml) => {
      if (k.fonts) xml = xml.replace('</office:font-face-decls>', k.fonts.map((f) => `<style:font-face style:name="${f}" svg:font-family="'${f}'"/>`).join('') + '</office:font-face-decls>');
      const styles = k.whole ? ['Cell', 'AmountCell', 'HeadCell', 'TextCell'] : ['AmountCell'];
      for (const s of styles) {
        xml = xml.replace(new RegExp(`(<style:style style:name="${s}" style:family="paragraph">)(<style:paragraph-properties [^>]*?)(/?>)(.*?)<style:text-properties ([^>]*)/>`), (_m, a, pp, close, mid, tp) =>
          `${a}${pp}${close}${mid}<style:text-properties ${(tp as string).replace(/([\w:-]+)="[^"]*"/g, (m: string, n: string) => (k.props.includes(n + '=') ? '' : m))} ${k.props}/>`);
        if (k.para && s === 'AmountCell') xml = xml.replace(/(<style:style style:name="AmountCell" style:family="paragraph"><style:paragraph-properties )fo:text-align="[^"]*"/, `$1${k.para}`);
      }
      return addStyles(xml, '');
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q04-cellfont/out', variants);
