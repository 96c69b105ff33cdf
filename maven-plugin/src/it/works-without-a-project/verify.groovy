assert !new File(basedir, 'pom.xml').exists()
assert new File(basedir, 'published/library-hours/library-hours.pdf').isFile()
assert new File(basedir, 'published/library-hours/library-hours.html').isFile()
assert !new File(basedir, 'published/library-hours/library-hours.epub').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Briefs: 1 built, 0 up to date, 0 failed')
return true
