// Package assets holds the files lookout embeds in its binary: the TrueType
// fonts it sets text in, with their licences beside them under fonts/, and
// the pictograms it draws, as path data with their licence under icons/.
package assets

import "embed"

// Fonts holds fonts/*.ttf and their licence files.
//
//go:embed fonts
var Fonts embed.FS

// Icons holds icons/tabler.txt, Tabler Icons as path data (made by
// icons/gen), and their licence.
//
//go:embed icons/tabler.txt icons/LICENSE
var Icons embed.FS
