<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivationGallery</name>
    <message>
        <source>h(a) = 1 if a &gt; 0 else 0</source>
        <translation>h(a) = 1 si a &gt; 0, sinon 0</translation>
    </message>
    <message>
        <source>h(a) = a if a &gt; 0 else 0.01a</source>
        <translation>h(a) = a si a &gt; 0, sinon 0.01a</translation>
    </message>
    <message>
        <source>Activation functions h(a) and their derivatives h′(a)</source>
        <translation>Fonctions d&apos;activation h(a) et leurs dérivées h′(a)</translation>
    </message>
    <message>
        <source>Drag to change a in every plot</source>
        <translation>Faites glisser pour changer a dans tous les graphiques</translation>
    </message>
    <message>
        <source>Input a</source>
        <translation>Entrée a</translation>
    </message>
    <message>
        <source>drag the orange line in any plot</source>
        <translation>faites glisser la ligne orange dans n&apos;importe quel graphique</translation>
    </message>
    <message>
        <source>Step has slope 0 everywhere (undefined at 0), so gradient descent cannot learn through it; sigmoid&apos;s slope is at most 0.25 and tanh&apos;s at most 1, and both vanish for large |a|; ReLU passes the gradient unchanged where a &gt; 0 and stops it where a &lt; 0 (leaky ReLU lets 1 % through).</source>
        <translation>La fonction échelon a une pente nulle partout (non définie en 0)&#xa0;: la descente de gradient ne peut pas apprendre à travers elle&#xa0;; la pente de sigmoid vaut au plus 0.25 et celle de tanh au plus 1, et toutes deux s&apos;annulent pour |a| grand&#xa0;; ReLU transmet le gradient tel quel là où a &gt; 0 et l&apos;arrête là où a &lt; 0 (leaky ReLU en laisse passer 1&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>ConfusionLab</name>
    <message>
        <source>Rows: true class · columns: predicted class</source>
        <translation>Lignes&#xa0;: classe réelle · colonnes&#xa0;: classe prédite</translation>
    </message>
    <message>
        <source>The diagonal (green) counts correct answers; every other cell is one kind of mistake. Recall: the share of a true class found; precision: the share of a prediction that was right. Click a cell to see its samples.</source>
        <translation>La diagonale (en vert) compte les bonnes réponses&#xa0;; chaque autre case est un type d&apos;erreur. Rappel&#xa0;: la part des échantillons d&apos;une classe réelle qui sont retrouvés&#xa0;; précision&#xa0;: la part des prédictions d&apos;une classe qui sont justes. Cliquez sur une case pour voir ses échantillons.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix</source>
        <translation>Cliquez sur une case de la matrice</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Samples in the cell</source>
        <translation>Échantillons de la case</translation>
    </message>
    <message>
        <source>Choose a dataset in the Training panel: the matrix counts its test samples.</source>
        <translation>Choisissez un jeu de données dans le panneau Entraînement&#xa0;: la matrice compte ses échantillons de test.</translation>
    </message>
    <message>
        <source>{dataset} is a regression dataset: a confusion matrix needs classes.</source>
        <translation>{dataset} est un jeu de données de régression&#xa0;: une matrice de confusion a besoin de classes.</translation>
    </message>
    <message>
        <source>The network has {inputs} inputs; {dataset} has {features} features.</source>
        <translation>Le réseau a {inputs} entrées&#xa0;; {dataset} a {features} caractéristiques.</translation>
    </message>
    <message>
        <source>The network has {outputs} outputs; {dataset} has {classes} classes (use one output per class).</source>
        <translation>Le réseau a {outputs} sorties&#xa0;; {dataset} a {classes} classes (prévoyez une sortie par classe).</translation>
    </message>
    <message>
        <source>{dataset}: {where}, {count} samples — accuracy {accuracy} %</source>
        <translation>{dataset}&#xa0;: {where}, {count} échantillons — exactitude {accuracy}&#xa0;%</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted}</source>
        <translation>{count} échantillons de la classe {true} prédits {predicted}</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted} (correct)</source>
        <translation>{count} échantillons de la classe {true} prédits {predicted} (justes)</translation>
    </message>
    <message>
        <source>{count} samples of class {true} predicted as {predicted} (mistaken)</source>
        <translation>{count} échantillons de la classe {true} prédits {predicted} (erreurs)</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>Lignes&#xa0;: {rows}</translation>
    </message>
    <message>
        <source>sample {index} of {count}: row #{row}, shown in the Probe sample panel</source>
        <translation>échantillon {index} sur {count}&#xa0;: ligne #{row}, affichée dans le panneau Échantillon examiné</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Current inputs</source>
        <translation>Entrées actuelles</translation>
    </message>
    <message>
        <source>One training sample</source>
        <translation>Un échantillon d&apos;entraînement</translation>
    </message>
    <message>
        <source>A mini-batch</source>
        <translation>Un mini-lot</translation>
    </message>
    <message>
        <source>Step through the current inputs (with a target you pick), one sample of the training set, or a mini-batch of the size set in Training</source>
        <translation>Parcourir les entrées actuelles (avec une cible choisie), un échantillon des données d&apos;entraînement, ou un mini-lot de la taille réglée dans le panneau Entraînement</translation>
    </message>
    <message>
        <source>row </source>
        <translation>ligne </translation>
    </message>
    <message>
        <source>Which training sample (or the first row of the mini-batch)</source>
        <translation>Quel échantillon d&apos;entraînement (ou la première ligne du mini-lot)</translation>
    </message>
    <message>
        <source>target t:</source>
        <translation>cible t&#xa0;:</translation>
    </message>
    <message>
        <source>one-hot, class </source>
        <translation>one-hot, classe </translation>
    </message>
    <message>
        <source>The target for the current inputs: 1 for this output, 0 for the others</source>
        <translation>La cible des entrées actuelles&#xa0;: 1 pour cette sortie, 0 pour les autres</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>the current inputs (Inputs panel)</source>
        <translation>les entrées actuelles (panneau Entrées)</translation>
    </message>
    <message>
        <source>There is no training set: pick a dataset in the Training tab, or use the current inputs.</source>
        <translation>Il n&apos;y a pas de données d&apos;entraînement&#xa0;: choisissez un jeu de données dans le panneau Entraînement, ou utilisez les entrées actuelles.</translation>
    </message>
    <message>
        <source>The training set has {features} features; the network has {inputs} inputs.</source>
        <translation>Les données d&apos;entraînement ont {features} caractéristiques&#xa0;; le réseau a {inputs} entrées.</translation>
    </message>
    <message>
        <source>training sample {index} of {count}</source>
        <translation>échantillon d&apos;entraînement {index} sur {count}</translation>
    </message>
    <message>
        <source>a mini-batch: training rows {first}–{last} ({count} row)</source>
        <translation>un mini-lot&#xa0;: lignes d&apos;entraînement {first}–{last} ({count} ligne)</translation>
    </message>
    <message>
        <source>a mini-batch: training rows {first}–{last} ({count} rows)</source>
        <translation>un mini-lot&#xa0;: lignes d&apos;entraînement {first}–{last} ({count} lignes)</translation>
    </message>
    <message>
        <source>Target for output {name}</source>
        <translation>Cible de la sortie {name}</translation>
    </message>
    <message>
        <source>targets from the dataset</source>
        <translation>cibles tirées du jeu de données</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>the learning rate is too large: every step overshoots further</source>
        <translation>le taux d&apos;apprentissage est trop grand&#xa0;: chaque pas dépasse davantage</translation>
    </message>
    <message>
        <source>the learning rate is too small: the steps are too short to matter</source>
        <translation>le taux d&apos;apprentissage est trop petit&#xa0;: les pas sont trop courts pour compter</translation>
    </message>
    <message>
        <source>the point reached the minimum at (0, 0)</source>
        <translation>le point a atteint le minimum en (0, 0)</translation>
    </message>
    <message>
        <source>heading down, but more steps or a larger learning rate are needed</source>
        <translation>il descend, mais il faut plus de pas ou un taux d&apos;apprentissage plus grand</translation>
    </message>
    <message>
        <source>Gradient descent with numerical gradients: {formula}</source>
        <translation>Descente de gradient avec gradients numériques&#xa0;: {formula}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Try the textbook&apos;s rates: 10 (diverges), 1e-10 (never moves), 0.1 (converges). Drag init_x to start elsewhere.</source>
        <translation>Essayez les taux du manuel&#xa0;: 10 (diverge), 1e-10 (ne bouge pas), 0.1 (converge). Faites glisser init_x pour partir d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>{why}; from step {step} on x is so large that x + h == x, the numerical gradient is 0 and x stops</source>
        <translation>{why}&#xa0;; à partir du pas {step}, x est si grand que x + h == x, le gradient numérique vaut 0 et x s&apos;arrête</translation>
    </message>
    <message>
        <source>init_x = ({x0}, {x1}), lr = {lr}: after {steps} steps x = ({end0}, {end1})</source>
        <translation>init_x = ({x0}, {x1}), lr = {lr}&#xa0;: après {steps} pas, x = ({end0}, {end1})</translation>
    </message>
</context>
<context>
    <name>DigitPadLab</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Annuler le trait</translation>
    </message>
    <message>
        <source>Use as the network&apos;s input</source>
        <translation>Utiliser comme entrée du réseau</translation>
    </message>
    <message>
        <source>Set the main window&apos;s inputs to this image (one undo step)</source>
        <translation>Mettre cette image dans les entrées de la fenêtre principale (annulable en une fois)</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>What the network reads</source>
        <translation>Ce que lit le réseau</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>The network&apos;s outputs</source>
        <translation>Sorties du réseau</translation>
    </message>
    <message>
        <source>This network cannot read a drawing</source>
        <translation>Ce réseau ne peut pas lire un dessin</translation>
    </message>
    <message>
        <source>The current network has {inputs} inputs. Drawings become 8×8 images (64 inputs) or 28×28 images (784 inputs): open File → Examples → Handwritten digits, or build a network with 64 or 784 inputs.</source>
        <translation>Le réseau actuel a {inputs} entrées. Les dessins deviennent des images 8×8 (64 entrées) ou 28×28 (784 entrées)&#xa0;: ouvrez Fichier → Exemples → Chiffres manuscrits, ou construisez un réseau à 64 ou 784 entrées.</translation>
    </message>
    <message>
        <source>{rows}×{cols} = {count} inputs, 0 (white) to 1 (black).</source>
        <translation>{rows}×{cols} = {count} entrées, de 0 (blanc) à 1 (noir).</translation>
    </message>
    <message>
        <source>Scaled so the larger side fills a 32×32 field, drawn with a thick pen, then each 4×4 block counted, like the bundled UCI digits.</source>
        <translation>Mis à l&apos;échelle pour que le plus grand côté remplisse un champ 32×32, tracé d&apos;un trait épais, puis chaque bloc 4×4 compté, comme les chiffres UCI fournis.</translation>
    </message>
    <message>
        <source>Fitted into a 20×20 box and centred by its centre of mass in 28×28, like MNIST.</source>
        <translation>Ajusté dans un cadre 20×20 et centré par son centre de masse dans 28×28, comme MNIST.</translation>
    </message>
    <message>
        <source>Draw a digit on the pad</source>
        <translation>Dessinez un chiffre dans la zone</translation>
    </message>
    <message>
        <source>output {value}</source>
        <translation>sortie {value}</translation>
    </message>
    <message>
        <source>The network says {label} ({what})</source>
        <translation>Le réseau répond {label} ({what})</translation>
    </message>
    <message>
        <source>Softmax probabilities, one per class; they sum to 1.</source>
        <translation>Probabilités softmax, une par classe&#xa0;; leur somme vaut 1.</translation>
    </message>
    <message>
        <source>The output layer is not softmax: these are its raw outputs, not probabilities.</source>
        <translation>La couche de sortie n&apos;est pas softmax&#xa0;: ce sont ses sorties brutes, pas des probabilités.</translation>
    </message>
</context>
<context>
    <name>DivergencePage</name>
    <message>
        <source>Training has not diverged. If a run stops on NaN or infinity, this page shows where it started and suggests a learning rate.</source>
        <translation>L&apos;entraînement n&apos;a pas divergé. Si un entraînement s&apos;arrête sur NaN ou l&apos;infini, cette page montre où cela a commencé et propose un taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ per layer (log)</source>
        <translation>‖∂L/∂W‖ par couche (log)</translation>
    </message>
    <message>
        <source>step of the replay</source>
        <translation>pas de la reprise</translation>
    </message>
    <message>
        <source>Explain the last divergence again</source>
        <translation>Réexpliquer la dernière divergence</translation>
    </message>
    <message>
        <source>The replay starts from the weights the run started with, with the same loss, optimizer, batch size and seed, so it meets the same mini-batches (a run resumed after a pause restarts its optimizer&apos;s momentum here). Candidate learning rates are halved until 200 steps (fewer for big networks) stay finite and lower the loss.</source>
        <translation>La reprise part des poids du début de l&apos;entraînement, avec la même perte, le même optimiseur, la même taille de lot et la même graine&#xa0;: elle rencontre donc les mêmes mini-lots (un entraînement repris après une pause recommence ici le momentum de son optimiseur). Les taux d&apos;apprentissage candidats sont divisés par deux jusqu&apos;à ce que 200 pas (moins pour les grands réseaux) restent finis et fassent baisser la perte.</translation>
    </message>
    <message>
        <source>There is no training set to replay.</source>
        <translation>Il n&apos;y a pas de données d&apos;entraînement à rejouer.</translation>
    </message>
    <message>
        <source>Replay of the training settings from the current weights.</source>
        <translation>Reprise des réglages d&apos;entraînement à partir des poids actuels.</translation>
    </message>
    <message>
        <source>Replaying the run (learning rate {lr}), the loss stopped being finite at step {step}.</source>
        <translation>En rejouant l&apos;entraînement (taux d&apos;apprentissage {lr}), la perte a cessé d&apos;être finie au pas {step}.</translation>
    </message>
    <message>
        <source>Replaying the run (learning rate {lr}), the weights stopped being finite at step {step}.</source>
        <translation>En rejouant l&apos;entraînement (taux d&apos;apprentissage {lr}), les poids ont cessé d&apos;être finis au pas {step}.</translation>
    </message>
    <message>
        <source>Where it started: {culprit}</source>
        <translation>Où cela a commencé&#xa0;: {culprit}</translation>
    </message>
    <message>
        <source>The forward pass first overflows in layer {layer} (its a or z is no longer finite).</source>
        <translation>La propagation avant déborde d&apos;abord dans la couche {layer} (son a ou son z n&apos;est plus fini).</translation>
    </message>
    <message>
        <source>The largest layer gradient norm grew {growth}-fold in the last {steps} steps: each step overshoots the minimum by more than the last.</source>
        <translation>La plus grande norme de gradient par couche a été multipliée par {growth} sur les {steps} derniers pas&#xa0;: chaque pas dépasse le minimum davantage que le précédent.</translation>
    </message>
    <message>
        <source>Replaying {steps} steps with learning rate {lr} stayed finite.</source>
        <translation>La reprise de {steps} pas avec un taux d&apos;apprentissage de {lr} est restée finie.</translation>
    </message>
    <message>
        <source>Learning rate {lr} trains without overflowing and lowers the loss in the replay.</source>
        <translation>Avec un taux d&apos;apprentissage de {lr}, la reprise s&apos;entraîne sans débordement et la perte baisse.</translation>
    </message>
    <message>
        <source>Use learning rate {lr}</source>
        <translation>Utiliser le taux {lr}</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>couche {layer}</translation>
    </message>
    <message>
        <source>Learning rate set to {lr}</source>
        <translation>Taux d&apos;apprentissage réglé à {lr}</translation>
    </message>
</context>
<context>
    <name>DrawDataLab</name>
    <message>
        <source>Class of new points</source>
        <translation>Classe des nouveaux points</translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>classe {number}</translation>
    </message>
    <message>
        <source>Click on the plane to add a point; drag across points to erase them.</source>
        <translation>Cliquez sur le plan pour ajouter un point&#xa0;; faites glisser sur des points pour les effacer.</translation>
    </message>
    <message>
        <source>Train on these points</source>
        <translation>Entraîner sur ces points</translation>
    </message>
    <message>
        <source>Make these points the network&apos;s dataset (saved with the network file)</source>
        <translation>Faire de ces points le jeu de données du réseau (enregistré avec le fichier du réseau)</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Effacer tous les points</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>{count} of class {number}</source>
        <translation>{count} de la classe {number}</translation>
    </message>
    <message>
        <source>{count} points: {classes}</source>
        <translation>{count} points&#xa0;: {classes}</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Pas encore de points.</translation>
    </message>
    <message>
        <source>The network trains on these points; every change goes straight to its data (and into the file when you save). Press Play in the main window and watch its Decision boundary.</source>
        <translation>Le réseau s&apos;entraîne sur ces points&#xa0;; chaque modification va directement dans ses données (et dans le fichier quand vous enregistrez). Appuyez sur Lecture dans la fenêtre principale et observez le panneau Frontière de décision.</translation>
    </message>
    <message>
        <source>The network trains on other data; press “Train on these points” to switch.</source>
        <translation>Le réseau s&apos;entraîne sur d&apos;autres données&#xa0;; appuyez sur «&#xa0;Entraîner sur ces points&#xa0;» pour changer.</translation>
    </message>
    <message>
        <source>A classifier needs points of at least two classes.</source>
        <translation>Un classifieur a besoin de points d&apos;au moins deux classes.</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw with the left mouse button</source>
        <translation>Dessinez avec le bouton gauche de la souris</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Dessinez un chiffre ici</translation>
    </message>
</context>
<context>
    <name>GradientCheckPage</name>
    <message>
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Compare backprop with central differences for every weight and bias</source>
        <translation>Comparer la rétropropagation aux différences centrées pour chaque poids et chaque biais</translation>
    </message>
    <message>
        <source>Try a wrong derivative ({bug})</source>
        <translation>Essayer une dérivée fausse ({bug})</translation>
    </message>
    <message>
        <source>Only this check uses the broken derivative; training and the network are untouched</source>
        <translation>Seule cette vérification utilise la dérivée fausse&#xa0;; l&apos;entraînement et le réseau ne sont pas touchés</translation>
    </message>
    <message>
        <source>Why this threshold: {reason}</source>
        <translation>Pourquoi ce seuil&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>rétropropagation</translation>
    </message>
    <message>
        <source>central differences</source>
        <translation>différences centrées</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>erreur relative</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>Heatmaps: one per layer, W (inputs as rows, neurons as columns) with the biases in the row below; pale to green = agrees (darker = larger error but still below the threshold), vermillion = over the threshold. Hover a cell for its value. The table lists the 12 worst parameters.</source>
        <translation>Cartes de chaleur&#xa0;: une par couche, W (entrées en lignes, neurones en colonnes) avec les biais dans la ligne du dessous&#xa0;; du pâle au vert = concorde (plus foncé = erreur plus grande mais sous le seuil), vermillon = au-dessus du seuil. Survolez une case pour voir sa valeur. Le tableau liste les 12 pires paramètres.</translation>
    </message>
    <message>
        <source>This network has {count} parameters. Central differences need two forward passes per parameter, so the check is limited to {limit}: try it on a smaller network (File → New network…).</source>
        <translation>Ce réseau a {count} paramètres. Les différences centrées demandent deux propagations avant par paramètre&#xa0;: la vérification est donc limitée à {limit}. Essayez-la sur un réseau plus petit (Fichier → Nouveau réseau…).</translation>
    </message>
    <message>
        <source>This network has {count} parameters; central differences need two forward passes for each. Press “Check now” to compare them all with backprop.</source>
        <translation>Ce réseau a {count} paramètres&#xa0;; les différences centrées demandent deux propagations avant pour chacun. Appuyez sur «&#xa0;Vérifier&#xa0;» pour les comparer tous à la rétropropagation.</translation>
    </message>
    <message>
        <source>{count} parameters on {what}, loss {loss}: max relative error {max}, mean {mean}, threshold {threshold}.</source>
        <translation>{count} paramètres sur {what}, perte {loss}&#xa0;: erreur relative max {max}, moyenne {mean}, seuil {threshold}.</translation>
    </message>
    <message>
        <source>{names}  max {error}</source>
        <translation>{names}  max {error}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>over</source>
        <translation>dépasse</translation>
    </message>
</context>
<context>
    <name>GradientsPage</name>
    <message>
        <source>weights w</source>
        <translation>poids w</translation>
    </message>
    <message>
        <source>gradients |∂L/∂w|</source>
        <translation>gradients |∂L/∂w|</translation>
    </message>
    <message>
        <source>Links show:</source>
        <translation>Les connexions montrent&#xa0;:</translation>
    </message>
    <message>
        <source>No warnings for {what}: no dead ReLUs, no saturated units, gradients neither vanishing nor exploding.</source>
        <translation>Aucun avertissement pour {what}&#xa0;: pas de ReLU mortes, pas de neurones saturés, des gradients qui ne s&apos;évanouissent ni n&apos;explosent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; for {what}:</source>
        <translation>&lt;b&gt;Avertissements&lt;/b&gt; pour {what}&#xa0;:</translation>
    </message>
    <message>
        <source>layer {layer}: {value}</source>
        <translation>couche {layer}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{caption}. RMS ∂L/∂W — {rms}</source>
        <translation>{caption}. RMS ∂L/∂W — {rms}</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>{parameter}: relative error {error}</source>
        <translation>{parameter}&#xa0;: erreur relative {error}</translation>
    </message>
</context>
<context>
    <name>HistogramGrid</name>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>couche {layer}</translation>
    </message>
</context>
<context>
    <name>InputFeaturesLab</name>
    <message>
        <source>Derived inputs</source>
        <translation>Entrées dérivées</translation>
    </message>
    <message>
        <source>For 2-D point data (circle, XOR, Gaussian blobs, spiral, moons, or points you drew), the network can also read functions of x1 and x2. Each ticked feature becomes one more input neuron.</source>
        <translation>Pour des données de points en 2-D (cercle, XOR, amas gaussiens, spirale, lunes ou points dessinés), le réseau peut aussi lire des fonctions de x1 et x2. Chaque caractéristique cochée devient un neurone d&apos;entrée de plus.</translation>
    </message>
    <message>
        <source>Adapt the network to the data</source>
        <translation>Adapter le réseau aux données</translation>
    </message>
    <message>
        <source>Give the network one input per column, named after it (one undo step)</source>
        <translation>Donner au réseau une entrée par colonne, nommée comme elle (annulable en une fois)</translation>
    </message>
    <message>
        <source>Try it: a circle with a single neuron</source>
        <translation>Essayer&#xa0;: un cercle avec un seul neurone</translation>
    </message>
    <message>
        <source>Circle data with x1² and x2², and a network of one sigmoid neuron</source>
        <translation>Données en cercle avec x1² et x2², et un réseau d&apos;un seul neurone sigmoid</translation>
    </message>
    <message>
        <source>Why it helps: a single neuron draws one straight line through its inputs. On (x1, x2) no line separates a disc from the ring around it; on (x1, x2, x1², x2²) the disc x1² + x2² &lt; r² is one side of a flat cut. Press Play in the main window and watch the Decision boundary.</source>
        <translation>Pourquoi cela aide&#xa0;: un seul neurone trace une seule droite à travers ses entrées. Sur (x1, x2), aucune droite ne sépare un disque de l&apos;anneau qui l&apos;entoure&#xa0;; sur (x1, x2, x1², x2²), le disque x1² + x2² &lt; r² est d&apos;un côté d&apos;une coupe plane. Appuyez sur Lecture dans la fenêtre principale et observez la frontière de décision.</translation>
    </message>
    <message>
        <source>Each input over the plane x1, x2 ∈ [−1, 1] (blue: high, white: 0, vermillion: low); bold: read by the network</source>
        <translation>Chaque entrée sur le plan x1, x2 ∈ [−1, 1] (bleu&#xa0;: haut, blanc&#xa0;: 0, vermillon&#xa0;: bas)&#xa0;; en gras&#xa0;: lue par le réseau</translation>
    </message>
    <message>
        <source>One neuron for the circle</source>
        <translation>Un neurone pour le cercle</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>classe 1</translation>
    </message>
    <message>
        <source>One neuron for a circle</source>
        <translation>Un neurone pour un cercle</translation>
    </message>
    <message>
        <source>A single sigmoid neuron on x1, x2, x1² and x2²: the circle is one straight cut in these inputs. Press Play and watch the decision boundary close around the disc.</source>
        <translation>Un seul neurone sigmoid sur x1, x2, x1² et x2²&#xa0;: dans ces entrées, le cercle est une simple coupe droite. Appuyez sur Lecture et regardez la frontière de décision se refermer autour du disque.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>{dataset}: not loaded</source>
        <translation>{dataset}&#xa0;: non chargé</translation>
    </message>
    <message>
        <source>{dataset} is not 2-D point data: derived inputs do not apply to it. Pick circle, XOR, spiral, … in the Training panel, or draw your own.</source>
        <translation>{dataset} n&apos;est pas une donnée de points en 2-D&#xa0;: les entrées dérivées ne s&apos;y appliquent pas. Choisissez Cercle, XOR, Spirale… dans le panneau Entraînement, ou dessinez les vôtres.</translation>
    </message>
    <message>
        <source>{dataset}: the data has columns {columns}</source>
        <translation>{dataset}&#xa0;: les données ont les colonnes {columns}</translation>
    </message>
    <message>
        <source>The network reads {names} ({count} inputs).</source>
        <translation>Le réseau lit {names} ({count} entrées).</translation>
    </message>
    <message>
        <source>To train: {suggestion}</source>
        <translation>Pour entraîner&#xa0;: {suggestion}</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Prêt pour l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <source>Optimizer playground</source>
        <translation>Bac à sable des optimiseurs</translation>
    </message>
    <message>
        <source>&amp;Optimizer playground</source>
        <translation>Bac à sable des &amp;optimiseurs</translation>
    </message>
    <message>
        <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam walking down a 2-D surface</source>
        <translation>SGD, Momentum, Nesterov, AdaGrad, RMSprop et Adam descendent une surface 2-D</translation>
    </message>
    <message>
        <source>Derivatives by hand</source>
        <translation>Dérivées à la main</translation>
    </message>
    <message>
        <source>&amp;Derivatives by hand</source>
        <translation>&amp;Dérivées à la main</translation>
    </message>
    <message>
        <source>A slope from a small difference, rounding against h, and gradient descent with numerical gradients</source>
        <translation>Une pente tirée d&apos;une petite différence, l&apos;arrondi face à h, et la descente de gradient avec des gradients numériques</translation>
    </message>
    <message>
        <source>Activation gallery</source>
        <translation>Galerie des activations</translation>
    </message>
    <message>
        <source>&amp;Activation gallery</source>
        <translation>&amp;Galerie des activations</translation>
    </message>
    <message>
        <source>Step, sigmoid, tanh, ReLU, leaky ReLU and identity with their derivatives; softmax of a vector</source>
        <translation>Échelon, sigmoid, tanh, ReLU, leaky ReLU et identité avec leurs dérivées&#xa0;; softmax d&apos;un vecteur</translation>
    </message>
    <message>
        <source>Draw your own data</source>
        <translation>Dessiner vos données</translation>
    </message>
    <message>
        <source>Draw your own &amp;data</source>
        <translation>Dessiner &amp;vos données</translation>
    </message>
    <message>
        <source>Click points of each class on the plane; the network trains on them and the file keeps them</source>
        <translation>Placez d&apos;un clic des points de chaque classe sur le plan&#xa0;; le réseau s&apos;entraîne dessus et le fichier les garde</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Caractéristiques d&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Input features (x1², x2², …)</source>
        <translation>Caractéristiques d&apos;&amp;entrée (x1², x2², …)</translation>
    </message>
    <message>
        <source>Derived inputs x1², x2², x1·x2, sin x1, sin x2 for 2-D data, as in TensorFlow Playground</source>
        <translation>Entrées dérivées x1², x2², x1·x2, sin x1, sin x2 pour les données 2-D, comme dans TensorFlow Playground</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dessiner un chiffre</translation>
    </message>
    <message>
        <source>Draw a di&amp;git</source>
        <translation>Dessiner un chi&amp;ffre</translation>
    </message>
    <message>
        <source>Draw a digit and watch the current network read it (8×8 or 28×28, prepared like its training data)</source>
        <translation>Dessinez un chiffre et regardez le réseau actuel le lire (8×8 ou 28×28, préparé comme ses données d&apos;entraînement)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>&amp;Confusion matrix</source>
        <translation>&amp;Matrice de confusion</translation>
    </message>
    <message>
        <source>Which classes the current network mixes up on the test set; click a cell to probe its samples</source>
        <translation>Les classes que le réseau actuel confond sur les données de test&#xa0;; cliquez sur une case pour examiner ses échantillons</translation>
    </message>
    <message>
        <source>Race optimizers</source>
        <translation>Course d&apos;optimiseurs</translation>
    </message>
    <message>
        <source>&amp;Race optimizers on this network</source>
        <translation>&amp;Course d&apos;optimiseurs sur ce réseau</translation>
    </message>
    <message>
        <source>Train the current network with several optimizers from identical weights and batches, side by side</source>
        <translation>Entraîner le réseau actuel avec plusieurs optimiseurs, à partir des mêmes poids et des mêmes lots, côte à côte</translation>
    </message>
</context>
<context>
    <name>LabsWindow</name>
    <message>
        <source>Synaptica — Labs</source>
        <translation>Synaptica — Ateliers</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>Ate&amp;liers</translation>
    </message>
</context>
<context>
    <name>LearnMenu</name>
    <message>
        <source>&amp;Learn</source>
        <translation>A&amp;pprentissage</translation>
    </message>
    <message>
        <source>&amp;Step through forward and backward…</source>
        <translation>&amp;Pas à pas, avant et arrière…</translation>
    </message>
    <message>
        <source>Walk one learning step layer by layer with the actual numbers and matrices</source>
        <translation>Parcourir une étape d&apos;apprentissage couche par couche, avec les vrais nombres et matrices</translation>
    </message>
    <message>
        <source>&amp;Gradient check…</source>
        <translation>Vérification du &amp;gradient…</translation>
    </message>
    <message>
        <source>Backprop next to central differences for every parameter</source>
        <translation>La rétropropagation à côté des différences centrées, pour chaque paramètre</translation>
    </message>
    <message>
        <source>&amp;Loss and softmax…</source>
        <translation>Perte et &amp;softmax…</translation>
    </message>
    <message>
        <source>MSE and cross-entropy term by term; softmax step by step</source>
        <translation>MSE et entropie croisée terme par terme&#xa0;; softmax étape par étape</translation>
    </message>
    <message>
        <source>Gradient &amp;view…</source>
        <translation>&amp;Vue des gradients…</translation>
    </message>
    <message>
        <source>Links by |∂L/∂w|, live while training; histograms; warnings for dead or saturated units</source>
        <translation>Connexions selon |∂L/∂w|, en direct pendant l&apos;entraînement&#xa0;; histogrammes&#xa0;; avertissements pour les neurones morts ou saturés</translation>
    </message>
    <message>
        <source>Why did training &amp;diverge?</source>
        <translation>Pourquoi l&apos;entraînement a-t-il &amp;divergé&#xa0;?</translation>
    </message>
    <message>
        <source>Replay the last run from the weights it started with: gradient norms, where the numbers ran away, a learning rate that works</source>
        <translation>Rejouer le dernier entraînement depuis ses poids de départ&#xa0;: normes des gradients, où les nombres se sont emballés, un taux d&apos;apprentissage qui marche</translation>
    </message>
</context>
<context>
    <name>LearningWindow</name>
    <message>
        <source>See how it learns — Synaptica</source>
        <translation>Voir comment le réseau apprend — Synaptica</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Vérification du gradient</translation>
    </message>
    <message>
        <source>Loss and softmax</source>
        <translation>Perte et softmax</translation>
    </message>
    <message>
        <source>Gradient view</source>
        <translation>Vue des gradients</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergence</translation>
    </message>
</context>
<context>
    <name>LossComparison</name>
    <message>
        <source>Mean squared error vs cross-entropy</source>
        <translation>Erreur quadratique moyenne et entropie croisée</translation>
    </message>
    <message>
        <source>The network&apos;s output y, one number per output (edit freely)</source>
        <translation>La sortie y du réseau, un nombre par sortie (modifiable)</translation>
    </message>
    <message>
        <source>The target t (one-hot for a class; edit freely)</source>
        <translation>La cible t (one-hot pour une classe&#xa0;; modifiable)</translation>
    </message>
    <message>
        <source>correct class </source>
        <translation>classe correcte </translation>
    </message>
    <message>
        <source>Fill t with a one-hot target for this class</source>
        <translation>Remplir t avec une cible one-hot pour cette classe</translation>
    </message>
    <message>
        <source>Use the network&apos;s output</source>
        <translation>Prendre la sortie du réseau</translation>
    </message>
    <message>
        <source>y = the output for the current inputs</source>
        <translation>y = la sortie pour les entrées actuelles</translation>
    </message>
    <message>
        <source>Textbook example</source>
        <translation>Exemple du manuel</translation>
    </message>
    <message>
        <source>y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], t = class 2 (chapter 4)</source>
        <translation>y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], t = classe 2 (chapitre 4)</translation>
    </message>
    <message>
        <source>MSE = Σ ½(y − t)² adds a term for every output; cross-entropy only for the outputs with t &gt; 0, so for a one-hot target it is just −log of the probability given to the correct class.</source>
        <translation>MSE = Σ ½(y − t)² ajoute un terme pour chaque sortie&#xa0;; l&apos;entropie croisée seulement pour les sorties où t &gt; 0&#xa0;: pour une cible one-hot, c&apos;est donc simplement −log de la probabilité donnée à la classe correcte.</translation>
    </message>
    <message>
        <source>y has {y} numbers but t has {t}: give one target per output</source>
        <translation>y a {y} nombres mais t en a {t}&#xa0;: donnez une cible par sortie</translation>
    </message>
    <message>
        <source>MSE = {mse}     cross-entropy = {ce}</source>
        <translation>MSE = {mse}     entropie croisée = {ce}</translation>
    </message>
    <message>
        <source>(log of a negative y is undefined: cross-entropy needs outputs in [0, 1], e.g. softmax)</source>
        <translation>(le log d&apos;un y négatif n&apos;est pas défini&#xa0;: l&apos;entropie croisée demande des sorties dans [0, 1], par ex. softmax)</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>{field}: enter numbers separated by commas</source>
        <translation>{field}&#xa0;: entrez des nombres séparés par des virgules</translation>
    </message>
    <message>
        <source>{field}: entry {index} ({text}) is not a number</source>
        <translation>{field}&#xa0;: l&apos;élément {index} ({text}) n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>Matrices</name>
    <message>
        <source>first {rows}×{cols} shown</source>
        <translation>premiers {rows}×{cols} affichés</translation>
    </message>
    <message>
        <source>Batches are rows: X has one row per sample and one column per input.</source>
        <translation>Les lots sont des lignes&#xa0;: X a une ligne par échantillon et une colonne par entrée.</translation>
    </message>
    <message>
        <source>{name} is added to every row.</source>
        <translation>{name} est ajouté à chaque ligne.</translation>
    </message>
    <message>
        <source>{formula}, element by element (softmax: row by row).</source>
        <translation>{formula}, élément par élément (softmax&#xa0;: ligne par ligne).</translation>
    </message>
    <message>
        <source>{formula}, element by element.</source>
        <translation>{formula}, élément par élément.</translation>
    </message>
    <message>
        <source>Each term is {term}; L = (1/{rows}) · Σ terms = &lt;b&gt;{loss}&lt;/b&gt;.</source>
        <translation>Chaque terme vaut {term}&#xa0;; L = (1/{rows}) · Σ termes = &lt;b&gt;{loss}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>termes</translation>
    </message>
    <message>
        <source>{formula} — {activation} with {loss} simplifies to this.</source>
        <translation>{formula} — {activation} avec {loss} se simplifie ainsi.</translation>
    </message>
    <message>
        <source>{formula} from the loss.</source>
        <translation>{formula} venant de la perte.</translation>
    </message>
    <message>
        <source>{shape}, the shape of {w}.</source>
        <translation>{shape}, la forme de {w}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{db}&lt;/b&gt; = the column sums of {da}.</source>
        <translation>&lt;b&gt;{db}&lt;/b&gt; = les sommes des colonnes de {da}.</translation>
    </message>
    <message>
        <source>Every W and B moves against its gradient.</source>
        <translation>Chaque W et chaque B se déplace à l&apos;opposé de son gradient.</translation>
    </message>
    <message>
        <source>new {name}</source>
        <translation>nouveau {name}</translation>
    </message>
</context>
<context>
    <name>OptimizerPlayground</name>
    <message>
        <source>textbook</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>selle</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>cuvette</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Optimizers and learning rates</source>
        <translation>Optimiseurs et taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning rate of {optimizer}</source>
        <translation>Taux d&apos;apprentissage de {optimizer}</translation>
    </message>
    <message>
        <source>Learning rates for this surface</source>
        <translation>Taux adaptés à cette surface</translation>
    </message>
    <message>
        <source>Put back the learning rates suggested for this surface</source>
        <translation>Remettre les taux d&apos;apprentissage conseillés pour cette surface</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>Show the paths up to this step</source>
        <translation>Montrer les chemins jusqu&apos;à ce pas</translation>
    </message>
    <message>
        <source>Start ({x}, {y}): drag the ⊕ on the plot to move it.</source>
        <translation>Départ ({x}, {y})&#xa0;: faites glisser le ⊕ sur le graphique pour le déplacer.</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Pas {step} sur {total}</translation>
    </message>
    <message>
        <source>diverged at step {step} (the learning rate is too large here)</source>
        <translation>diverge au pas {step} (taux d&apos;apprentissage trop grand ici)</translation>
    </message>
    <message>
        <source>f = {f}  at ({x}, {y})</source>
        <translation>f = {f}  en ({x}, {y})</translation>
    </message>
</context>
<context>
    <name>RaceLab</name>
    <message>
        <source>run</source>
        <translation>essai</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte entr.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitude test</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Optimizers in the race</source>
        <translation>Optimiseurs en course</translation>
    </message>
    <message>
        <source>Learning rate of {optimizer}</source>
        <translation>Taux d&apos;apprentissage de {optimizer}</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ Lancer la course</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>Solid: training set · dashed: test set</source>
        <translation>Plein&#xa0;: données d&apos;entraînement · tirets&#xa0;: données de test</translation>
    </message>
    <message>
        <source>Open the selected run as the current network</source>
        <translation>Ouvrir l&apos;essai choisi comme réseau actuel</translation>
    </message>
    <message>
        <source>Replace the network with this run&apos;s trained weights and curves (one undo step)</source>
        <translation>Remplacer le réseau par les poids entraînés et les courbes de cet essai (annulable en une fois)</translation>
    </message>
    <message>
        <source>No race yet</source>
        <translation>Pas encore de course</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Tick at least one optimizer.</source>
        <translation>Cochez au moins un optimiseur.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>{dataset}: {train} training, {test} test samples</source>
        <translation>{dataset}&#xa0;: {train} échantillons d&apos;entraînement, {test} de test</translation>
    </message>
    <message>
        <source>Network {sizes}, {data}; loss {loss}, batches of {batch}, seed {seed} (from the Training panel). Every optimizer starts from the current weights and sees the same batches in the same order.</source>
        <translation>Réseau {sizes}, {data}&#xa0;; perte {loss}, lots de {batch}, graine {seed} (du panneau Entraînement). Chaque optimiseur part des poids actuels et voit les mêmes lots dans le même ordre.</translation>
    </message>
    <message>
        <source>Cannot race: {problem}</source>
        <translation>Course impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Race {number}: {dataset}, {optimizers} optimizers, {epochs} epochs</source>
        <translation>Course {number}&#xa0;: {dataset}, {optimizers} optimiseurs, {epochs} époques</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <translation>{status}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>running, epoch {epoch}</source>
        <translation>en cours, époque {epoch}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Open race run {run}</source>
        <translation>Ouvrir l&apos;essai {run} de la course</translation>
    </message>
</context>
<context>
    <name>SlopePanel</name>
    <message>
        <source>The slope by a small difference</source>
        <translation>La pente par une petite différence</translation>
    </message>
    <message>
        <source>tangent (central)</source>
        <translation>tangente (centrée)</translation>
    </message>
    <message>
        <source>Drag to move x</source>
        <translation>Faites glisser pour déplacer x</translation>
    </message>
    <message>
        <source>|error|</source>
        <translation>|erreur|</translation>
    </message>
    <message>
        <source>forward {formula}</source>
        <translation>avant {formula}</translation>
    </message>
    <message>
        <source>central {formula}</source>
        <translation>centrée {formula}</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Smallest error: forward {forward} at h ≈ {forward_h}, central {central} at h ≈ {central_h}. Large h: the difference itself is off (∝ h forward, ∝ h² central). Small h: rounding wins, x + h keeps fewer digits of h, and below about 1e-16·|x| it is x itself, so both differences are 0 (the flat line at the top left). {note}</source>
        <translation>Plus petite erreur&#xa0;: avant {forward} pour h ≈ {forward_h}, centrée {central} pour h ≈ {central_h}. Grand h&#xa0;: la différence elle-même est fausse (∝ h en avant, ∝ h² centrée). Petit h&#xa0;: l&apos;arrondi l&apos;emporte, x + h garde moins de chiffres de h, et en dessous d&apos;environ 1e-16·|x| c&apos;est x lui-même&#xa0;: les deux différences valent 0 (le palier en haut à gauche). {note}</translation>
    </message>
    <message>
        <source>x = {x} &amp;nbsp; (drag the vertical line)</source>
        <translation>x = {x} &amp;nbsp; (faites glisser la ligne verticale)</translation>
    </message>
    <message>
        <source>&lt;b&gt;central&lt;/b&gt; numerical_diff = {value}</source>
        <translation>&lt;b&gt;centrée&lt;/b&gt; numerical_diff = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;forward&lt;/b&gt; = {value}</source>
        <translation>&lt;b&gt;avant&lt;/b&gt; = {value}</translation>
    </message>
    <message>
        <source>exact f′(x) = {value} &amp;nbsp; (all digits: rounding shows)</source>
        <translation>f′(x) exacte = {value} &amp;nbsp; (tous les chiffres&#xa0;: l&apos;arrondi se voit)</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <source>the input aₖ</source>
        <translation>l&apos;entrée aₖ</translation>
    </message>
    <message>
        <source>aₖ − max(a): the largest becomes 0</source>
        <translation>aₖ − max(a)&#xa0;: le plus grand devient 0</translation>
    </message>
    <message>
        <source>exp(aₖ − max(a)), at most 1</source>
        <translation>exp(aₖ − max(a)), au plus 1</translation>
    </message>
    <message>
        <source>yₖ = exp / sum of exp</source>
        <translation>yₖ = exp / somme des exp</translation>
    </message>
    <message>
        <source>Softmax of a vector you type</source>
        <translation>Softmax d&apos;un vecteur saisi</translation>
    </message>
    <message>
        <source>Numbers separated by commas or spaces; press Enter</source>
        <translation>Nombres séparés par des virgules ou des espaces&#xa0;; appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Subtracting the largest aₖ first changes nothing in y (the factor cancels) but keeps exp() from overflowing: try 1010, 1000, 990.</source>
        <translation>Soustraire d&apos;abord le plus grand aₖ ne change rien à y (le facteur se simplifie) mais évite le débordement de exp()&#xa0;: essayez 1010, 1000, 990.</translation>
    </message>
    <message>
        <source>sum of exp = {total}; sum of y = {sum_y}</source>
        <translation>somme des exp = {total}&#xa0;; somme des y = {sum_y}</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <source>sum of e^(a − max)</source>
        <translation>somme des e^(a − max)</translation>
    </message>
    <message>
        <source>y = e^(a − max) / sum</source>
        <translation>y = e^(a − max) / somme</translation>
    </message>
    <message>
        <source>naive e^a</source>
        <translation>e^a naïf</translation>
    </message>
    <message>
        <source>naive y = e^a / Σ e^a</source>
        <translation>y naïf = e^a / Σ e^a</translation>
    </message>
    <message>
        <source>Softmax, step by step</source>
        <translation>Softmax, étape par étape</translation>
    </message>
    <message>
        <source>The output layer&apos;s a (edit freely)</source>
        <translation>Le a de la couche de sortie (modifiable)</translation>
    </message>
    <message>
        <source>Use the output layer&apos;s a</source>
        <translation>Prendre le a de la sortie</translation>
    </message>
    <message>
        <source>Textbook [0.3, 2.9, 4.0]</source>
        <translation>Manuel [0.3, 2.9, 4.0]</translation>
    </message>
    <message>
        <source>Overflow [1010, 1000, 990]</source>
        <translation>Débordement [1010, 1000, 990]</translation>
    </message>
    <message>
        <source>e^a overflows: float64 stops at about 1.8e308 (e^709.8), so e^1010 is inf and inf / inf is nan. Subtracting max(a) first changes nothing in y (the factor e^−max cancels) but keeps every e^(a − max) in (0, 1].</source>
        <translation>e^a déborde&#xa0;: float64 s&apos;arrête vers 1.8e308 (e^709.8), donc e^1010 vaut inf et inf / inf vaut nan. Soustraire d&apos;abord max(a) ne change rien à y (le facteur e^−max se simplifie) mais garde chaque e^(a − max) dans (0, 1].</translation>
    </message>
    <message>
        <source>Subtracting max(a) leaves y unchanged (the factor e^−max cancels in the fraction); it only keeps e^(…) from overflowing for large a. Try the overflow example.</source>
        <translation>Soustraire max(a) laisse y inchangé (le facteur e^−max se simplifie dans la fraction)&#xa0;; cela évite seulement que e^(…) déborde pour un grand a. Essayez l&apos;exemple de débordement.</translation>
    </message>
</context>
<context>
    <name>StepDiagram</name>
    <message>
        <source>… {count} more
(see the matrices)</source>
        <translation>… {count} de plus
(voir les matrices)</translation>
    </message>
</context>
<context>
    <name>StepThroughPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Étape précédente (←)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>Étape suivante (→)</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>Aller à une étape</translation>
    </message>
    <message>
        <source>diagram shows row </source>
        <translation>le schéma montre la ligne </translation>
    </message>
    <message>
        <source>Which row of the mini-batch the diagram shows (gradients are summed over all rows)</source>
        <translation>La ligne du mini-lot que montre le schéma (les gradients sont sommés sur toutes les lignes)</translation>
    </message>
    <message>
        <source>Apply this update</source>
        <translation>Appliquer cette mise à jour</translation>
    </message>
    <message>
        <source>Change the network&apos;s weights to W − η·∂L/∂W (one undo step: Ctrl+Z takes it back)</source>
        <translation>Remplacer les poids du réseau par W − η·∂L/∂W (une seule annulation&#xa0;: Ctrl+Z la défait)</translation>
    </message>
    <message>
        <source>Data: {what}. Loss {loss} = {value}.</source>
        <translation>Données&#xa0;: {what}. Perte {loss} = {value}.</translation>
    </message>
    <message>
        <source>After the applied update: {before} → {after}.</source>
        <translation>Après la mise à jour appliquée&#xa0;: {before} → {after}.</translation>
    </message>
    <message>
        <source>Gradient-descent step (η = {lr})</source>
        <translation>Pas de descente de gradient (η = {lr})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {index} of {total}: {caption}.&lt;/b&gt; {explanation}</source>
        <translation>&lt;b&gt;Étape {index} sur {total}&#xa0;: {caption}.&lt;/b&gt; {explanation}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The input row(s) X enter the network.</source>
        <translation>La ou les lignes d&apos;entrée X entrent dans le réseau.</translation>
    </message>
    <message>
        <source>Forward {step}/{total}: {formula}</source>
        <translation>Avant {step}/{total}&#xa0;: {formula}</translation>
    </message>
    <message>
        <source>Every neuron of the highlighted layer sums its weighted inputs plus its bias (a), then passes a through its activation function h (z = h(a)).</source>
        <translation>Chaque neurone de la couche en surbrillance somme ses entrées pondérées et son biais (a), puis fait passer a par sa fonction d&apos;activation h (z = h(a)).</translation>
    </message>
    <message>
        <source>Loss: {name}</source>
        <translation>Perte&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The output y is compared with the target t; each output adds its term.</source>
        <translation>La sortie y est comparée à la cible t&#xa0;; chaque sortie ajoute son terme.</translation>
    </message>
    <message>
        <source>Backward {step}/{total}: {formula}</source>
        <translation>Arrière {step}/{total}&#xa0;: {formula}</translation>
    </message>
    <message>
        <source>∂L/∂a says how the loss changes when a neuron&apos;s sum a changes; each link&apos;s ∂L/∂w is its input z times the ∂L/∂a of the neuron it feeds (colour = sign, width = size).</source>
        <translation>∂L/∂a dit comment la perte change quand la somme a d&apos;un neurone change&#xa0;; le ∂L/∂w de chaque connexion est son entrée z fois le ∂L/∂a du neurone qu&apos;elle alimente (couleur = signe, épaisseur = taille).</translation>
    </message>
    <message>
        <source>Update: {formula}</source>
        <translation>Mise à jour&#xa0;: {formula}</translation>
    </message>
    <message>
        <source>Every weight and bias moves a learning-rate-sized step against its gradient.</source>
        <translation>Chaque poids et chaque biais fait un pas de la taille du taux d&apos;apprentissage à l&apos;opposé de son gradient.</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropie croisée binaire</translation>
    </message>
    <message>
        <source>a = Σ w·x ({count} inputs) + {b} = {a}</source>
        <translation>a = Σ w·x ({count} entrées) + {b} = {a}</translation>
    </message>
    <message>
        <source>∂L/∂z = {value} (from the loss)</source>
        <translation>∂L/∂z = {value} (venant de la perte)</translation>
    </message>
    <message>
        <source>∂L/∂z = {value} (Σ w·∂L/∂a of the next layer)</source>
        <translation>∂L/∂z = {value} (Σ w·∂L/∂a de la couche suivante)</translation>
    </message>
    <message>
        <source>∂L/∂b = ∂L/∂a (Σ over {rows} rows) = {value}</source>
        <translation>∂L/∂b = ∂L/∂a (Σ sur {rows} lignes) = {value}</translation>
    </message>
    <message>
        <source>∂L/∂w = Σ over {rows} rows of z·∂L/∂a = {value}</source>
        <translation>∂L/∂w = Σ sur {rows} lignes de z·∂L/∂a = {value}</translation>
    </message>
    <message>
        <source>(mean over {rows} rows)</source>
        <translation>(moyenne sur {rows} lignes)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>Links: |∂L/∂w| (width and colour strength)</source>
        <translation>Connexions&#xa0;: |∂L/∂w| (épaisseur et intensité de la couleur)</translation>
    </message>
    <message>
        <source>Links: w (colour = sign, width = |w|)</source>
        <translation>Connexions&#xa0;: w (couleur = signe, épaisseur = |w|)</translation>
    </message>
</context>
</TS>
