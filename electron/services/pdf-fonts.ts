import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefError } from '../../core/errors';
import type { PdfFonts } from '../../core/export/pdf/fonts';

/**
 * The faces a PDF embeds, by their path in the font packages. The build copies them, under
 * the same file names, to dist/fonts, beside the bundles that export PDFs (dist/cli,
 * dist/host), since a packaged app holds dist/ and no node_modules.
 */
export const PDF_FONT_FILES = {
  sansRegular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  sansItalic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  sansBoldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  naskhRegular: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  naskhBold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
} as const;

/**
 * dist/fonts, seen from a bundle in dist/cli, dist/host or dist/electron. Every bundle has
 * __dirname (the ES module ones define it for pdfmake; Electron main's is CommonJS, where
 * import.meta is empty); import.meta.url serves when running from source.
 */
function bundledFontsFolder(): string {
  return join(typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url)), '..', 'fonts');
}

let loading: Promise<PdfFonts> | null = null;

/** The PDF fonts, read once per process. */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= readFonts().catch((thrown: unknown) => {
    loading = null;
    throw thrown;
  });
  return loading;
}

async function readFonts(): Promise<PdfFonts> {
  const files = PDF_FONT_FILES;
  const [regular, bold, italic, boldItalic, naskhRegular, naskhBold] = await Promise.all([
    readFace(files.sansRegular),
    readFace(files.sansBold),
    readFace(files.sansItalic),
    readFace(files.sansBoldItalic),
    readFace(files.naskhRegular),
    readFace(files.naskhBold),
  ]);
  return { sans: { regular, bold, italic, boldItalic }, naskh: { regular: naskhRegular, bold: naskhBold } };
}

async function readFace(packagePath: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(join(bundledFontsFolder(), basename(packagePath))));
  } catch {
    // Run from source (tests, development): the font packages themselves.
  }
  try {
    return new Uint8Array(await readFile(createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve(packagePath)));
  } catch (thrown) {
    throw new BriefError('internal', 'The fonts PDF export needs are missing from this installation of Briefwright; reinstalling it brings them back.', `${basename(packagePath)}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}
