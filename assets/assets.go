// Package assets holds the files lookout embeds in its binary: the TrueType
// fonts it sets text in, with their licences beside them under fonts/.
package assets

import "embed"

// Fonts holds fonts/*.ttf and their licence files.
//
//go:embed fonts
var Fonts embed.FS
