// Package extract turns raw input bytes into an article: it fills a
// document.Document's Text (the body, paragraphs separated by a blank line)
// and its metadata (title, dek, authors, date, section, images, site,
// language), and records content problems as warnings.
//
// Three forms of input are read: HTML pages (HTML), plain text copied from a
// web page with its boilerplate (Page), and clean body text (Text). Sniff
// tells them apart; Decode turns bytes in any common charset into UTF-8.
package extract
