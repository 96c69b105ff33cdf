def log = new File(basedir, 'build.log').text
assert log =~ /transit-fares: all \d+ checks passed/
def folder = new File(basedir, 'target/brief/transit-fares')
def report = new File(folder, 'accessibility-report.html').text
assert report.contains('Every check passed.')
assert report.contains('veraPDF PDF/UA-1') && report.contains('EPUBCheck')
assert report.contains('<h3>Tag tree</h3>') && report.contains('Fare Caps on Regional Buses')
// Read as text: an XML parser here would meet the test class path's second copy of Xerces.
def junit = new File(folder, 'accessibility-report.xml').text
assert junit =~ /<testsuite name="brief-check.transit-fares" tests="\d+" failures="0"/
assert junit.count('<testcase ') > 10
assert !junit.contains('<failure')
return true
