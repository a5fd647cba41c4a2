// Package campaign is lookout's model of what to print: campaign files that
// carry an organisation's own choices (read within a budget, every text
// field as written), the one resolver that decides every setting of a run
// (Resolve: the user's overrides over the campaign file over a posting law
// over the defaults), the planner that checks every input and turns a
// request into layout jobs (Plan), posting-law notices and the checklist
// that goes beside them, and the checks of the catalogs. The presets it
// plans with — hotlines, packs, posting laws, with their sources — are in
// campaign/preset.
package campaign
