def log = new File(basedir, 'build.log').text
assert log.contains('accessibility checks failed for 1 brief:')
assert log.contains('veraPDF PDF/UA-1 (transit-fares.pdf)')
assert log.contains('PDF text in structure order follows the source (transit-fares.pdf)')
def report = new File(basedir, 'target/brief/transit-fares/accessibility-report.html').text
assert report.contains('The PDF has no tag tree.')
assert report.contains('checks failed.')
return true
