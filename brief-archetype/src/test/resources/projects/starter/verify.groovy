// The generated project: the files the archetype promises, and the starter brief built and checked.
def project = new File(basedir, 'pom.xml').isFile() ? basedir : new File(basedir, 'project/policy-briefs')
assert new File(project, '.gitignore').text.contains('target/')
assert new File(project, 'pom.xml').text.contains('<artifactId>brief-maven-plugin</artifactId>')
def house = new File(project, 'src/brief/house.yaml').text
['publisher:', 'name:', 'address:', 'url:', 'logo:', 'mission:', 'disclaimer:', 'media-contact:', 'style:',
 'accent-color:', 'page-size:', 'fonts:', 'serif:', 'sans:', 'bold-italic:', 'typography:', 'quotes:', 'labels:'].each {
    assert house.contains(it): "house.yaml lacks ${it}"
}
def out = new File(project, 'target/brief/starter-brief')
['pdf', 'epub', 'html'].each { assert new File(out, "starter-brief.${it}").length() > 0 }
assert new File(out, 'accessibility-report.html').text.contains('Every check passed.')
return true
