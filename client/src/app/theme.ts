import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  getPrimaryShade,
  luminance,
  Menu,
  Pagination,
  parseThemeColor,
  PasswordInput,
  rem,
  type CSSVariablesResolver,
  type MantineThemeOverride,
  type VariantColorsResolver,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** WCAG AA for normal text. */
const AA = 4.5;
const WHITE = '#ffffff';

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** `color`, darkened in small steps until it reads at 4.5:1 on `against` (unchanged when it already does). */
export function darkenToAA(color: string, against: string): string {
  let result = color;
  for (let step = 0; step < 15 && contrast(result, against) < AA; step++) result = darken(result, 0.05);
  return result;
}

/**
 * Mantine's variants with text that meets WCAG AA: green, teal, orange, yellow... fail it by default
 * (white on green-8 is 3.5:1, green-9 on green-1 3.8:1). The hue stays; only the shade goes darker.
 */
export const accessibleVariantColors: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'dark' || !input.theme.colors[parsed.color]) return base;
  const palette = input.theme.colors[parsed.color];
  const shade = parsed.shade ?? getPrimaryShade(input.theme, 'light');
  switch (input.variant) {
    case 'filled': {
      if (base.color !== 'var(--mantine-color-white)') return base;
      const background = darkenToAA(palette[shade], WHITE);
      return background === palette[shade] ? base : { ...base, background, hover: darken(background, 0.1) };
    }
    case 'light': {
      const color = darkenToAA(palette[9], palette[parsed.shade ?? 1]);
      return color === palette[9] ? base : { ...base, color };
    }
    case 'subtle':
    case 'transparent': {
      const text = parsed.shade === undefined ? palette[9] : palette[Math.min(parsed.shade, 6)];
      const color = darkenToAA(text, WHITE);
      return color === text ? base : { ...base, color };
    }
    case 'outline': {
      // Checked on the colour's light tint too: an outline button often sits in a light alert of its colour.
      const color = darkenToAA(darkenToAA(palette[shade], WHITE), palette[1]);
      return color === palette[shade] ? base : { ...base, color, border: `${rem(1)} solid ${color}` };
    }
    default:
      return base;
  }
};

/** The theme, with the few built-in labels Mantine renders itself translated. */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    // WCAG AA (4.5:1): shade 6 under white text or as link colour on white is only 4.3:1; shade 8 is 5.7:1.
    primaryShade: { light: 8, dark: 8 },
    // Black text on light filled colours (yellow, lime...), white on dark ones.
    autoContrast: true,
    variantColorResolver: accessibleVariantColors,
    // Visible focus ring for keyboard users on every interactive element.
    focusRing: 'auto',
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    components: {
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common:actions.togglePassword') } },
      }),
      // No focusable role="presentation" placeholder inside role="menu" (axe "aria-required-children"):
      // opening a menu focuses its first item, as the ARIA menu button pattern expects.
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
      // The arrow buttons have no text: name them (axe "button-name"), and say "Page 2" rather than "2".
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control) => ({ 'aria-label': t(`common:pagination.${control}`) }),
          getItemProps: (page) => ({ 'aria-label': t('common:pagination.page', { page }) }),
        },
      }),
    },
  });
}

/**
 * Text colours Mantine sets below WCAG AA on white: "dimmed" (gray-6, 3.3:1), placeholders (gray-5,
 * 2.1:1) and field errors (red-6, 3.3:1). Darker greys and red, still distinct from body text.
 */
export const appCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
