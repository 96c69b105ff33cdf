def imported = new File(basedir, 'old/harbour-levy.brief.md')
assert imported.isFile()
def text = imported.text
assert text.startsWith('---\n') && text.contains('title: "A Levy for Cleaner Harbours"') && text.contains('[^1]')
def log = new File(basedir, 'build.log').text
// Every inference is reported at its line in the legacy file.
assert log =~ /old\/harbour-levy\.md:\d+:\d+: warning: turned the superscript 1 into a note reference/
return true
