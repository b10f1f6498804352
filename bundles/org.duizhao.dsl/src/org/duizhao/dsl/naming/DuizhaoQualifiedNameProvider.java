package org.duizhao.dsl.naming;

import org.duizhao.model.Aspect;
import org.duizhao.model.Profile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Only profiles (and their aspects, as profile.aspect) are visible to other files. Problem and cause ids are local to
 * their report, so exporting them would only fill the index with hundreds of P1s.
 */
public class DuizhaoQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof Profile profile && profile.getName() != null) {
			return QualifiedName.create(profile.getName());
		}
		if (object instanceof Aspect aspect && aspect.getName() != null
				&& aspect.eContainer() instanceof Profile profile && profile.getName() != null) {
			return QualifiedName.create(profile.getName(), aspect.getName());
		}
		return null;
	}
}
