def log = new File(basedir, 'build.log').text
// Every error of the broken brief, in one pass, with its place.
assert log =~ /broken\.md:12:1: error: a horizontal rule/
assert log =~ /broken\.md:14:1: error: raw HTML <div> is not allowed/
// The failure lists the broken brief.
assert log.contains('1 brief failed:')
assert log =~ /(?s)1 brief failed:.*broken\.md/
// The other brief was still written; the broken one left nothing behind.
assert new File(basedir, 'target/brief/transit-fares/transit-fares.pdf').isFile()
assert !new File(basedir, 'target/brief/broken').exists()
return true
