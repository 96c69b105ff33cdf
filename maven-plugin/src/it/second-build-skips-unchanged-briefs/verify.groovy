// The first invocation built both briefs, the second skipped both and said so.
def log = new File(basedir, 'build.log').text
assert log.contains('Briefs: 2 built, 0 up to date, 0 failed')
assert log.contains('transit-fares: up to date')
assert log.contains('library-hours: up to date')
assert log.contains('Briefs: 0 built, 2 up to date, 0 failed')
assert new File(basedir, 'target/brief/transit-fares/.brief-stamp').isFile()
return true
